namespace Homeward.Cli.Load;

/// <summary>
/// A closed-loop load: <see cref="Connections"/> workers each send the next request as soon as the
/// previous answer is read, for <see cref="Warmup"/> (not measured: JIT, caches, connection set-up)
/// and then <see cref="Duration"/> (measured), one path after another.
/// </summary>
internal sealed record LoadPlan(Uri BaseAddress, IReadOnlyList<string> Paths, int Connections, TimeSpan Warmup, TimeSpan Duration);
