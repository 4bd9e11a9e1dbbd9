using System.CommandLine;
using System.Globalization;
using System.Net;
using Homeward.Cli.Load;
using Homeward.Cli.Output;
using Homeward.Kinship;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward bench web</c>: a bounded closed-loop HTTP load from this process against a running
/// <c>homeward serve</c> in another, per path: requests/s, p50/p90/p99/max, failures, and whether the
/// target (default ≥ 500 requests/s at p99 ≤ 100 ms) is met in this run.
/// </summary>
internal static class BenchWebCommand
{
    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "The server's base address, e.g. http://127.0.0.1:5080.", Required = true };
        var paths = new Option<string[]>("--path") { Description = "A path to load (repeat for several; each is measured on its own).", Required = true, AllowMultipleArgumentsPerToken = true };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections (closed loop).", DefaultValueFactory = _ => 16 };
        var warmup = new Option<double>("--warmup-seconds") { Description = "Unmeasured warm-up per path (default 20: on a fresh server the JIT's tiered compilation goes on for many seconds of load).", DefaultValueFactory = _ => 20 };
        var duration = new Option<double>("--seconds") { Description = "Measured time per path.", DefaultValueFactory = _ => 20 };
        var headers = new Option<string[]>("--header") { Description = "A request header 'Name: value' (e.g. a session cookie); repeatable.", AllowMultipleArgumentsPerToken = true };
        var targetRate = new Option<double>("--target-rps") { Description = "Target requests per second.", DefaultValueFactory = _ => 500 };
        var targetP99 = new Option<double>("--target-p99-ms") { Description = "Target 99th-percentile latency.", DefaultValueFactory = _ => 100 };
        var signIn = new Option<string?>("--sign-in") { Description = "Sign in first as this e-mail (password read from standard input) and send its session cookie." };
        var serverPid = new Option<int?>("--server-pid") { Description = "The server's process id: its CPU time per request is measured too (Linux /proc)." };
        var command = new Command("web", "Load a running web application from this process: requests/s and latency percentiles per path.")
        {
            url, paths, connections, warmup, duration, headers, targetRate, targetP99, signIn, serverPid,
        };
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            if (!Uri.TryCreate(parsed.GetValue(url), UriKind.Absolute, out var baseAddress) || baseAddress.Scheme is not ("http" or "https"))
            {
                errors.Add(new InputError("command line: --url", "must be an absolute http or https address"));
            }

            if (parsed.GetValue(connections) is < 1 or > 1024)
            {
                errors.Add(new InputError("command line: --connections", "must be between 1 and 1024"));
            }

            if (parsed.GetValue(warmup) < 0 || parsed.GetValue(duration) <= 0)
            {
                errors.Add(new InputError("command line: --seconds", "the measured time must be positive and the warm-up not negative"));
            }

            var headerPairs = new List<(string Name, string Value)>();
            foreach (var header in parsed.GetValue(headers) ?? [])
            {
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    errors.Add(new InputError("command line: --header", $"'{header}' is not 'Name: value'"));
                    continue;
                }

                headerPairs.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
            }

            ProcessCpu? server = null;
            if (parsed.GetValue(serverPid) is { } pid && (server = ProcessCpu.Of(pid)) is null)
            {
                errors.Add(new InputError("command line: --server-pid", $"no process {pid} whose CPU time can be read (/proc/{pid}/stat)"));
            }

            var pathList = parsed.GetValue(paths) ?? [];
            errors.AddRange(pathList.Where(p => !p.StartsWith('/')).Select(p => new InputError("command line: --path", $"'{p}' must start with '/'")));
            if (errors.Count > 0)
            {
                ErrorWriter.Write(context.Error, errors);
                return ExitCodes.InvalidInput;
            }

            var plan = new LoadPlan(baseAddress!, pathList, parsed.GetValue(connections), TimeSpan.FromSeconds(parsed.GetValue(warmup)), TimeSpan.FromSeconds(parsed.GetValue(duration)));
            using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = plan.Connections, AutomaticDecompression = DecompressionMethods.None };
            using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
            foreach (var (name, value) in headerPairs)
            {
                client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
            }

            if (parsed.GetValue(signIn) is { } email)
            {
                var cookie = WebSignIn.CookieAsync(client, baseAddress!, email, PasswordInput.Read(context)).GetAwaiter().GetResult();
                if (!cookie.IsSuccess)
                {
                    ErrorWriter.Write(context.Error, cookie.Errors);
                    return ExitCodes.InvalidInput;
                }

                client.DefaultRequestHeaders.TryAddWithoutValidation("Cookie", cookie.Value);
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"closed-loop HTTP load on {baseAddress}: {plan.Connections} connections, {plan.Warmup.TotalSeconds:0.#} s warm-up + {plan.Duration.TotalSeconds:0.#} s measured per path; {Environment.ProcessorCount} cores, load average {BenchCommand.LoadAverage() ?? "unknown"}"));
            context.Out.WriteLine();
            var results = HttpLoadRunner.RunAsync(client, plan, server).GetAwaiter().GetResult();
            return Report(context, results, parsed.GetValue(targetRate), parsed.GetValue(targetP99));
        });
        return command;
    }

    private static string Cpu(double? ms) => ms is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static int Report(CliContext context, IReadOnlyList<LoadResult> results, double targetRate, double targetP99)
    {
        var output = context.Out;
        output.WriteLine("| path | requests/s | p50 ms | p90 ms | p99 ms | max ms | failures | server CPU ms/request | client CPU ms/request | target |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var allMet = true;
        foreach (var r in results)
        {
            var met = r.Failures == 0 && r.RequestsPerSecond >= targetRate && r.Latency.P99Ms <= targetP99;
            allMet &= met;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Path} | {r.RequestsPerSecond:0} | {r.Latency.P50Ms:0.0} | {r.Latency.P90Ms:0.0} | {r.Latency.P99Ms:0.0} | {r.Latency.MaxMs:0.0} | {r.Failures} | {Cpu(r.ServerCpuMsPerRequest)} | {Cpu(r.ClientCpuMsPerRequest)} | {(met ? "met" : "missed")} ({r.RequestsPerSecond / targetRate:0.00}× rate, p99 {r.Latency.P99Ms / targetP99:0.00}× limit) |"));
        }

        foreach (var r in results.Where(r => r.FirstFailure is not null))
        {
            context.Error.WriteLine($"{r.Path}: {r.Failures} failed requests; first: {r.FirstFailure}");
        }

        foreach (var r in results.Where(r => r.ServerCpuMsPerRequest > 0 && r.ClientCpuMsPerRequest > 0))
        {
            // Both processes share these cores: what their CPU per request allows if nothing else ran.
            var ceiling = Environment.ProcessorCount * 1000 / (r.ServerCpuMsPerRequest!.Value + r.ClientCpuMsPerRequest!.Value);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Path}: CPU-bound ceiling on {Environment.ProcessorCount} otherwise idle cores ≈ {ceiling:0} requests/s (server + client CPU per request)"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: ≥ {targetRate:0} requests/s with p99 ≤ {targetP99:0} ms and no failures — {(allMet ? "met on every path" : "missed on at least one path")}"));
        return allMet ? ExitCodes.Success : ExitCodes.Failure;
    }
}
