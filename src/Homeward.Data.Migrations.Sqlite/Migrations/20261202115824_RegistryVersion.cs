using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Data.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The registry's version on SQLite: one row that a trigger on every registry table bumps in the
    /// transaction of each insert, update and delete, whichever connection or process makes it. A read
    /// that finds the version it cached a view at may use that view (see Homeward.Data.Reading.ReadCache).
    /// Not in the EF model: PostgreSQL has no such table.
    /// </summary>
    public partial class RegistryVersion : Migration
    {
        private static readonly string[] Tables =
        [
            "reports", "persons", "donors", "found_children", "operations", "samples", "custody_entries",
            "matches", "match_transitions", "follow_up_visits", "reunions", "photos",
        ];

        private static readonly string[] Events = ["insert", "update", "delete"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE registry_version (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);");
            migrationBuilder.Sql("INSERT INTO registry_version (id, version) VALUES (1, 0);");
            foreach (var table in Tables)
            {
                foreach (var e in Events)
                {
                    migrationBuilder.Sql(
                        $"CREATE TRIGGER registry_version_{table}_{e} AFTER {e.ToUpperInvariant()} ON {table} " +
                        "BEGIN UPDATE registry_version SET version = version + 1 WHERE id = 1; END;");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                foreach (var e in Events)
                {
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS registry_version_{table}_{e};");
                }
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS registry_version;");
        }
    }
}
