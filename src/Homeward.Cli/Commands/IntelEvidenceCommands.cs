using System.CommandLine;
using Homeward.Cli.Crawl;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel ingest|verify-evidence|crawl|export</c>: captures kept as evidence, read into posts,
/// and exported as a case (docs/intel.md).
/// </summary>
internal static class IntelEvidenceCommands
{
    public static void AddTo(Command intel, CliContext context)
    {
        intel.Subcommands.Add(Ingest(context));
        intel.Subcommands.Add(VerifyEvidence(context));
        intel.Subcommands.Add(Crawl(context));
        intel.Subcommands.Add(Export(context));
    }

    private static Option<string> StoreOption() =>
        new("--store") { Description = "The evidence store folder (objects/ and manifest.jsonl).", Required = true };

    private static Command Ingest(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Captured files: .jsonl posts, .html pages, .txt chat logs, .json Telegram exports.", Arity = ArgumentArity.OneOrMore };
        var store = StoreOption();
        var output = new Option<string?>("--out") { Description = "Write the posts (JSON Lines) here instead of stdout." };
        var command = new Command("ingest", "Keep captured files as evidence and read their posts (JSON Lines for intel scan).");
        command.Arguments.Add(files);
        command.Options.Add(store);
        command.Options.Add(output);
        command.SetAction(p => IntelIngestCommand.Run(
            p.GetValue(files) ?? [], p.GetValue(store)!, p.GetValue(output), TimeProvider.System, context.Out, context.Error));
        return command;
    }

    private static Command VerifyEvidence(CliContext context)
    {
        var store = StoreOption();
        var command = new Command("verify-evidence", "Re-hash every capture of an evidence store; exit 1 when any is missing or altered.");
        command.Options.Add(store);
        command.SetAction(p => IntelVerifyEvidenceCommand.Run(p.GetValue(store)!, context.Out, context.Error));
        return command;
    }

    private static Command Crawl(CliContext context)
    {
        var seeds = new Option<string>("--seeds") { Description = "A file of start URLs, one a line (# comments).", Required = true };
        var store = StoreOption();
        var maxDepth = new Option<int>("--max-depth") { Description = "Follow links this many steps from a seed.", DefaultValueFactory = _ => 2 };
        var maxPages = new Option<int>("--max-pages") { Description = "Fetch at most this many pages.", DefaultValueFactory = _ => 100 };
        var delay = new Option<int>("--delay-ms") { Description = "Wait at least this long between two requests to one host (robots.txt Crawl-delay may ask for more).", DefaultValueFactory = _ => 1000 };
        var maxBytes = new Option<int>("--max-bytes") { Description = "Skip pages larger than this.", DefaultValueFactory = _ => 5 * 1024 * 1024 };
        var domains = new Option<string[]>("--allow-domain") { Description = "Follow links to these domains and their subdomains (default: the seeds' hosts).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Write the fetched pages' posts (JSON Lines) here." };
        var command = new Command("crawl", "Fetch pages politely (robots.txt, per-host delay, depth and domain limits) and keep each as evidence.");
        command.Options.Add(seeds);
        command.Options.Add(store);
        command.Options.Add(maxDepth);
        command.Options.Add(maxPages);
        command.Options.Add(delay);
        command.Options.Add(maxBytes);
        command.Options.Add(domains);
        command.Options.Add(output);
        command.SetAction(p => IntelCrawlCommand.Run(
            p.GetValue(seeds)!, p.GetValue(store)!,
            new CrawlOptions(p.GetValue(maxDepth), p.GetValue(maxPages), TimeSpan.FromMilliseconds(p.GetValue(delay)), p.GetValue(maxBytes), p.GetValue(domains) ?? []),
            p.GetValue(output), context.Out, context.Error));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var posts = new Option<string>("--posts") { Description = "Posts as written by intel ingest or crawl (JSON Lines with evidence hashes).", Required = true };
        var store = StoreOption();
        var ring = new Option<string?>("--ring") { Description = "Export this ring (r1, r2… as intel rings numbers them)." };
        var all = new Option<bool>("--all") { Description = "Export every post." };
        var output = new Option<string>("--out") { Description = "The case folder to create (must not exist).", Required = true };
        var command = new Command("export", "A case export: posts.csv, case.json, the original captures and manifest.sha256.");
        command.Options.Add(posts);
        command.Options.Add(store);
        command.Options.Add(ring);
        command.Options.Add(all);
        command.Options.Add(output);
        command.SetAction(p => IntelExportCommand.Run(
            p.GetValue(posts)!, p.GetValue(store)!, p.GetValue(ring), p.GetValue(all), p.GetValue(output)!, TimeProvider.System, context.Out, context.Error));
        return command;
    }
}
