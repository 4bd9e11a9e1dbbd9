using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FrequencyTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "frequency_tables",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    citation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    sample_size = table.Column<int>(type: "INTEGER", nullable: true),
                    csv = table.Column<string>(type: "TEXT", nullable: false),
                    marker_count = table.Column<int>(type: "INTEGER", nullable: false),
                    allele_count = table.Column<int>(type: "INTEGER", nullable: false),
                    in_force = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    activated_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frequency_tables", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_frequency_tables_name",
                table: "frequency_tables",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "frequency_tables");
        }
    }
}
