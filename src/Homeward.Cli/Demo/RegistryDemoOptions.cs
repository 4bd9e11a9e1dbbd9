using Homeward.Data;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Demo;

/// <summary>The checked options of <c>homeward demo</c>.</summary>
/// <param name="Reports">Reports in the simulated registry.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Output">The folder for the match reports.</param>
/// <param name="Top">How many match reports to write.</param>
/// <param name="Audience">Who the match reports are for.</param>
/// <param name="Database">The database the registry is stored in.</param>
/// <param name="DatabaseArgument">How to name that database to <c>homeward matches</c> (<c>--database FILE</c>).</param>
/// <param name="Actor">Who acts, for the audit log.</param>
internal sealed record RegistryDemoOptions(int Reports, long Seed, string Output, int Top, ReportAudience Audience, DatabaseSettings Database, string DatabaseArgument, string Actor);
