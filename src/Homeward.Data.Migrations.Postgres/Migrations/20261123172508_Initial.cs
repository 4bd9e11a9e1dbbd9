using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    entity_type = table.Column<string>(type: "text", nullable: false),
                    entity_id = table.Column<string>(type: "text", nullable: false),
                    details = table.Column<string>(type: "text", nullable: false),
                    previous_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "operations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_name = table.Column<string>(type: "text", nullable: true),
                    given_name = table.Column<string>(type: "text", nullable: true),
                    name_romanised = table.Column<string>(type: "text", nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    birth_place = table.Column<string>(type: "text", nullable: true),
                    last_seen_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_seen_place = table.Column<string>(type: "text", nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "found_children",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    operation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    found_on = table.Column<DateOnly>(type: "date", nullable: true),
                    estimated_birth_year = table.Column<int>(type: "integer", nullable: true),
                    institution = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_found_children", x => x.id);
                    table.ForeignKey(
                        name: "fk_found_children_operation_id",
                        column: x => x.operation_id,
                        principalTable: "operations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_found_children_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    police_case_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    missing_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_reports_missing_person_id",
                        column: x => x.missing_person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "donors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    consent_scopes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    consent_given_on = table.Column<DateOnly>(type: "date", nullable: true),
                    guardian_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donors", x => x.id);
                    table.ForeignKey(
                        name: "fk_donors_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_donors_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    found_child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lr = table.Column<double>(type: "double precision", nullable: false),
                    log10_lr = table.Column<double>(type: "double precision", nullable: true),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    detail = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matches", x => x.id);
                    table.ForeignKey(
                        name: "fk_matches_found_child_id",
                        column: x => x.found_child_id,
                        principalTable: "found_children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_matches_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "samples",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    donor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    found_child_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lab = table.Column<string>(type: "text", nullable: true),
                    kit = table.Column<string>(type: "text", nullable: true),
                    collected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    loci = table.Column<string>(type: "text", nullable: false),
                    marker_count = table.Column<int>(type: "integer", nullable: false),
                    content_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_samples", x => x.id);
                    table.CheckConstraint("ck_samples_one_subject", "(donor_id IS NULL) <> (found_child_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_samples_donor_id",
                        column: x => x.donor_id,
                        principalTable: "donors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_samples_found_child_id",
                        column: x => x.found_child_id,
                        principalTable: "found_children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "match_transitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    match_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_match_transitions_match_id",
                        column: x => x.match_id,
                        principalTable: "matches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_donors_person_id",
                table: "donors",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_donors_report_id",
                table: "donors",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_found_children_code",
                table: "found_children",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_found_children_operation_id",
                table: "found_children",
                column: "operation_id");

            migrationBuilder.CreateIndex(
                name: "ix_found_children_person_id",
                table: "found_children",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_match_transitions_match_id",
                table: "match_transitions",
                column: "match_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_found_child_id",
                table: "matches",
                column: "found_child_id");

            migrationBuilder.CreateIndex(
                name: "ix_matches_report_id_found_child_id",
                table: "matches",
                columns: new[] { "report_id", "found_child_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_operations_code",
                table: "operations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_code",
                table: "reports",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_missing_person_id",
                table: "reports",
                column: "missing_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_samples_code",
                table: "samples",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_samples_donor_id",
                table: "samples",
                column: "donor_id");

            migrationBuilder.CreateIndex(
                name: "ix_samples_found_child_id",
                table: "samples",
                column: "found_child_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "match_transitions");

            migrationBuilder.DropTable(
                name: "samples");

            migrationBuilder.DropTable(
                name: "matches");

            migrationBuilder.DropTable(
                name: "donors");

            migrationBuilder.DropTable(
                name: "found_children");

            migrationBuilder.DropTable(
                name: "reports");

            migrationBuilder.DropTable(
                name: "operations");

            migrationBuilder.DropTable(
                name: "persons");
        }
    }
}
