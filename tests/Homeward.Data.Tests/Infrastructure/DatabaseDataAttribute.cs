using System.Reflection;
using Xunit.Sdk;

namespace Homeward.Data.Tests.Infrastructure;

/// <summary>
/// Runs a <c>[Theory]</c> once per configured provider (bitwarden's DatabaseDataAttribute, smaller):
/// SQLite and PostgreSQL. <c>HOMEWARD_TEST_PROVIDERS=sqlite</c> narrows the list on a developer's
/// machine, said out loud in the test names; on CI (<c>CI=true</c>) every provider always runs, and a
/// PostgreSQL that cannot be reached fails the test instead of skipping it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DatabaseDataAttribute : DataAttribute
{
    public static IReadOnlyList<DatabaseProvider> Providers
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("HOMEWARD_TEST_PROVIDERS");
            if (TestEnvironment.IsCi || string.IsNullOrWhiteSpace(configured))
            {
                return [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
            }

            return [.. configured.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(name => Enum.Parse<DatabaseProvider>(name, ignoreCase: true))];
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => Providers.Select(p => new object[] { p });
}

/// <summary>Facts about where the tests run.</summary>
internal static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
