using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_match_transitions_match_id",
                table: "match_transitions");

            migrationBuilder.DropIndex(
                name: "ix_match_transitions_match_id",
                table: "match_transitions");

            migrationBuilder.AddColumn<DateTime>(
                name: "closed_at",
                table: "reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "legal_hold",
                table: "reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "reported_at",
                table: "reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sex",
                table: "reports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "aliases",
                table: "persons",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "persons",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "last_seen_latitude",
                table: "persons",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "last_seen_longitude",
                table: "persons",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_seen_province",
                table: "persons",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "photos",
                table: "persons",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reporting_family",
                table: "persons",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "arrests",
                table: "operations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "children",
                table: "operations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "provinces",
                table: "operations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "rings",
                table: "operations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "code",
                table: "matches",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "descriptive_lr",
                table: "matches",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "evidence",
                table: "matches",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "exclusion_reason",
                table: "matches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "flagged_for_review",
                table: "matches",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "frequency_table",
                table: "matches",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "posterior",
                table: "matches",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "prior_odds",
                table: "matches",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<DateTime>(
                name: "scored_at",
                table: "matches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "matches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "action",
                table: "match_transitions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "passed",
                table: "match_transitions",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sequence",
                table: "match_transitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "verification_check",
                table: "match_transitions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "age_max_years",
                table: "found_children",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "age_min_years",
                table: "found_children",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "found_latitude",
                table: "found_children",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "found_locality",
                table: "found_children",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "found_longitude",
                table: "found_children",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "found_province",
                table: "found_children",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "placement",
                table: "found_children",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "registered_at",
                table: "found_children",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sample_code",
                table: "found_children",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "code",
                table: "donors",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "consent_guardian_code",
                table: "donors",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "consent_recorded_at",
                table: "donors",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "consent_recorded_by",
                table: "donors",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_minor",
                table: "donors",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "sample_code",
                table: "donors",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "custody_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sample_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    from_holder = table.Column<string>(type: "text", nullable: false),
                    to_holder = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_custody_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_custody_entries_sample_id",
                        column: x => x.sample_id,
                        principalTable: "samples",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    visited_on = table.Column<DateOnly>(type: "date", nullable: true),
                    caseworker = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    raises_concern = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_visits_match_id",
                        column: x => x.match_id,
                        principalTable: "matches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reunions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reunited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    province = table.Column<string>(type: "text", nullable: true),
                    locality = table.Column<string>(type: "text", nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    recorded_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reunions", x => x.id);
                    table.ForeignKey(
                        name: "fk_reunions_match_id",
                        column: x => x.match_id,
                        principalTable: "matches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_matches_code",
                table: "matches",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_matches_state_posterior",
                table: "matches",
                columns: new[] { "state", "posterior" });

            migrationBuilder.CreateIndex(
                name: "ix_match_transitions_match_id_sequence",
                table: "match_transitions",
                columns: new[] { "match_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_donors_code",
                table: "donors",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_custody_entries_sample_id_number",
                table: "custody_entries",
                columns: new[] { "sample_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_visits_due_on",
                table: "follow_up_visits",
                column: "due_on");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_visits_match_id_number",
                table: "follow_up_visits",
                columns: new[] { "match_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reunions_match_id",
                table: "reunions",
                column: "match_id",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_match_transitions_match_id",
                table: "match_transitions",
                column: "match_id",
                principalTable: "matches",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_match_transitions_match_id",
                table: "match_transitions");

            migrationBuilder.DropTable(
                name: "custody_entries");

            migrationBuilder.DropTable(
                name: "follow_up_visits");

            migrationBuilder.DropTable(
                name: "reunions");

            migrationBuilder.DropIndex(
                name: "ix_matches_code",
                table: "matches");

            migrationBuilder.DropIndex(
                name: "ix_matches_state_posterior",
                table: "matches");

            migrationBuilder.DropIndex(
                name: "ix_match_transitions_match_id_sequence",
                table: "match_transitions");

            migrationBuilder.DropIndex(
                name: "ix_donors_code",
                table: "donors");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "legal_hold",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "reported_at",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "sex",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "aliases",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "description",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "last_seen_latitude",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "last_seen_longitude",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "last_seen_province",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "photos",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "reporting_family",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "arrests",
                table: "operations");

            migrationBuilder.DropColumn(
                name: "children",
                table: "operations");

            migrationBuilder.DropColumn(
                name: "provinces",
                table: "operations");

            migrationBuilder.DropColumn(
                name: "rings",
                table: "operations");

            migrationBuilder.DropColumn(
                name: "code",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "descriptive_lr",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "evidence",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "exclusion_reason",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "flagged_for_review",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "frequency_table",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "posterior",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "prior_odds",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "scored_at",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "version",
                table: "matches");

            migrationBuilder.DropColumn(
                name: "action",
                table: "match_transitions");

            migrationBuilder.DropColumn(
                name: "passed",
                table: "match_transitions");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "match_transitions");

            migrationBuilder.DropColumn(
                name: "verification_check",
                table: "match_transitions");

            migrationBuilder.DropColumn(
                name: "age_max_years",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "age_min_years",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "found_latitude",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "found_locality",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "found_longitude",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "found_province",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "placement",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "registered_at",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "sample_code",
                table: "found_children");

            migrationBuilder.DropColumn(
                name: "code",
                table: "donors");

            migrationBuilder.DropColumn(
                name: "consent_guardian_code",
                table: "donors");

            migrationBuilder.DropColumn(
                name: "consent_recorded_at",
                table: "donors");

            migrationBuilder.DropColumn(
                name: "consent_recorded_by",
                table: "donors");

            migrationBuilder.DropColumn(
                name: "is_minor",
                table: "donors");

            migrationBuilder.DropColumn(
                name: "sample_code",
                table: "donors");

            migrationBuilder.CreateIndex(
                name: "ix_match_transitions_match_id",
                table: "match_transitions",
                column: "match_id");

            migrationBuilder.AddForeignKey(
                name: "fk_match_transitions_match_id",
                table: "match_transitions",
                column: "match_id",
                principalTable: "matches",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
