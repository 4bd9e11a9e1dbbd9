using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Photos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    found_child_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    sha256 = table.Column<byte[]>(type: "BLOB", nullable: false),
                    length = table.Column<int>(type: "INTEGER", nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    caption = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_photos", x => x.id);
                    table.CheckConstraint("ck_photos_one_owner", "(report_id IS NULL) <> (found_child_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_photos_found_child_id",
                        column: x => x.found_child_id,
                        principalTable: "found_children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_photos_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_photos_found_child_id",
                table: "photos",
                column: "found_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_photos_report_id",
                table: "photos",
                column: "report_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "photos");
        }
    }
}
