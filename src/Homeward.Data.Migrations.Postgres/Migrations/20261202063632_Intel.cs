using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Homeward.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Intel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intel_posts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    post_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true),
                    author = table.Column<string>(type: "text", nullable: true),
                    posted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    flagged = table.Column<bool>(type: "boolean", nullable: false),
                    cluster = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ring = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    evidence = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    loaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intel_posts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "intel_indicators",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    post_id = table.Column<long>(type: "bigint", nullable: false),
                    group = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    start = table.Column<int>(type: "integer", nullable: false),
                    end = table.Column<int>(type: "integer", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intel_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_intel_indicators_post_id",
                        column: x => x.post_id,
                        principalTable: "intel_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intel_labels",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    post_id = table.Column<long>(type: "bigint", nullable: false),
                    label = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intel_labels", x => x.id);
                    table.ForeignKey(
                        name: "fk_intel_labels_post_id",
                        column: x => x.post_id,
                        principalTable: "intel_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intel_mentions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    post_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    value = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    start = table.Column<int>(type: "integer", nullable: false),
                    end = table.Column<int>(type: "integer", nullable: false),
                    province = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_intel_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_intel_mentions_post_id",
                        column: x => x.post_id,
                        principalTable: "intel_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_intel_indicators_post_id",
                table: "intel_indicators",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_intel_labels_post_id",
                table: "intel_labels",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_intel_mentions_post_id",
                table: "intel_mentions",
                column: "post_id");

            migrationBuilder.CreateIndex(
                name: "ix_intel_mentions_value",
                table: "intel_mentions",
                column: "value");

            migrationBuilder.CreateIndex(
                name: "ix_intel_posts_cluster",
                table: "intel_posts",
                column: "cluster");

            migrationBuilder.CreateIndex(
                name: "ix_intel_posts_flagged_score",
                table: "intel_posts",
                columns: new[] { "flagged", "score" });

            migrationBuilder.CreateIndex(
                name: "ix_intel_posts_post_id",
                table: "intel_posts",
                column: "post_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_intel_posts_ring",
                table: "intel_posts",
                column: "ring");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "intel_indicators");

            migrationBuilder.DropTable(
                name: "intel_labels");

            migrationBuilder.DropTable(
                name: "intel_mentions");

            migrationBuilder.DropTable(
                name: "intel_posts");
        }
    }
}
