using Homeward.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Homeward.Web;

/// <summary>Healthy when the database answers and its schema is current.</summary>
internal sealed class DatabaseHealthCheck(DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await HomewardDatabase.PendingMigrationsAsync(settings, cancellationToken).ConfigureAwait(false);
            return pending.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
