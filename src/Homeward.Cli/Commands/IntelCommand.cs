using System.CommandLine;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward intel …</c>: detect baby-selling posts, template them, link them into rings (docs/intel.md).</summary>
internal static class IntelCommand
{
    public static Command Create(CliContext context)
    {
        var intel = new Command("intel", "Detect and disrupt: scan posts, evaluate, link rings.");

        var scanFiles = new Argument<string[]>("files") { Description = "Posts in JSON Lines.", Arity = ArgumentArity.OneOrMore };
        var vocabularyOption = new Option<string?>("--vocabulary") { Description = "A vocabulary file (default: the shipped data/intel/vocabulary.tsv)." };
        var thresholdOption = new Option<double?>("--threshold") { Description = "Flag posts whose score is at least this (0..1)." };
        var noTemplatesOption = new Option<bool>("--no-templates") { Description = "Do not cluster the batch into templates (cluster is null)." };
        var scanModelOption = new Option<string?>("--model") { Description = "A classifier from `intel train`: adds its probability as \"model\" to each post." };
        var scan = new Command("scan", "Score posts, extract their entities and indicators; one JSON object per post.");
        scan.Arguments.Add(scanFiles);
        scan.Options.Add(vocabularyOption);
        scan.Options.Add(thresholdOption);
        scan.Options.Add(noTemplatesOption);
        scan.Options.Add(scanModelOption);
        scan.SetAction(p => IntelScanCommand.Run(
            p.GetValue(scanFiles) ?? [], p.GetValue(vocabularyOption), p.GetValue(thresholdOption), !p.GetValue(noTemplatesOption),
            context.Out, context.Error, p.GetValue(scanModelOption)));
        intel.Subcommands.Add(scan);

        var templatesFiles = new Argument<string[]>("files") { Description = "Posts in JSON Lines.", Arity = ArgumentArity.OneOrMore };
        var minSizeOption = new Option<int>("--min-size") { Description = "Print clusters of at least this many posts.", DefaultValueFactory = _ => 2 };
        var templatesCommand = new Command("templates", "Near-duplicate clusters (MinHash-LSH) with their templates and slots; one JSON object per cluster.");
        templatesCommand.Arguments.Add(templatesFiles);
        templatesCommand.Options.Add(minSizeOption);
        templatesCommand.SetAction(p => IntelTemplatesCommand.Run(p.GetValue(templatesFiles) ?? [], p.GetValue(minSizeOption), context.Out, context.Error));
        intel.Subcommands.Add(templatesCommand);

        var ringsFiles = new Argument<string[]>("files") { Description = "Posts in JSON Lines.", Arity = ArgumentArity.OneOrMore };
        var capOption = new Option<int>("--cap") { Description = "Identifiers shared by more posts than this are generic and do not link.", DefaultValueFactory = _ => 100 };
        var splitOption = new Option<int>("--split-above") { Description = "Split components of more posts than this into Louvain communities.", DefaultValueFactory = _ => 100 };
        var allOption = new Option<bool>("--all") { Description = "Link every post, not only flagged ones." };
        var ringsCommand = new Command("rings", "Link posts by shared identifiers into rings; one JSON object per ring.");
        ringsCommand.Arguments.Add(ringsFiles);
        ringsCommand.Options.Add(capOption);
        ringsCommand.Options.Add(splitOption);
        ringsCommand.Options.Add(allOption);
        var linksOption = new Option<string[]>("--links") { Description = "Analysts' links (JSON Lines) to suspects, operations and rescued children.", AllowMultipleArgumentsPerToken = true };
        var graphOption = new Option<string?>("--graph") { Description = "Write the ring graph as cytoscape.js elements JSON to this file." };
        ringsCommand.Options.Add(linksOption);
        ringsCommand.Options.Add(graphOption);
        ringsCommand.SetAction(p => IntelRingsCommand.Run(
            p.GetValue(ringsFiles) ?? [],
            new Homeward.Intel.Rings.RingOptions(p.GetValue(capOption), p.GetValue(splitOption), !p.GetValue(allOption)),
            context.Out, context.Error, p.GetValue(linksOption) ?? [], p.GetValue(graphOption)));
        intel.Subcommands.Add(ringsCommand);

        var corpusOption = new Option<string?>("--corpus") { Description = "A labelled corpus (default: the shipped data/intel/corpus/posts.jsonl)." };
        var ringsOption = new Option<int>("--rings") { Description = "How many rings to generate.", DefaultValueFactory = _ => 200 };
        var seedOption = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var missesOption = new Option<bool>("--misses") { Description = "List every wrong flag and missed or extra entity." };
        var evaluate = new Command("evaluate", "Precision and recall of flagging and entity recall on the shipped corpus and generated rings.");
        evaluate.Options.Add(corpusOption);
        evaluate.Options.Add(ringsOption);
        evaluate.Options.Add(seedOption);
        evaluate.Options.Add(missesOption);
        evaluate.SetAction(p => IntelEvaluateCommand.Run(
            p.GetValue(corpusOption), p.GetValue(ringsOption), p.GetValue(seedOption), p.GetValue(missesOption), context.Out, context.Error));
        intel.Subcommands.Add(evaluate);

        var backgroundOption = new Option<double>("--background") { Description = "Background posts per ring post.", DefaultValueFactory = _ => 0.5 };
        var generate = new Command("generate", "Print generated ring posts with their truth (corpus format, JSON Lines).");
        generate.Options.Add(ringsOption);
        generate.Options.Add(seedOption);
        generate.Options.Add(backgroundOption);
        generate.SetAction(p => IntelGenerateCommand.Run(p.GetValue(ringsOption), p.GetValue(seedOption), p.GetValue(backgroundOption), context.Out));
        intel.Subcommands.Add(generate);

        // The trainable classifier (feature/intel-ml): train, compare.
        IntelLearningCommands.AddTo(intel, context);
        // Ingest, evidence, crawl and case export (feature/intel-ingest): all in one place.
        IntelEvidenceCommands.AddTo(intel, context);
        // The database behind the web pages under /intel (feature/intel-web).
        intel.Subcommands.Add(IntelLoadCommand.Create(context));
        intel.Subcommands.Add(IntelLabelsCommand.Create(context));
        return intel;
    }

    /// <summary><c>homeward bench intel</c>.</summary>
    public static Command Bench(CliContext context)
    {
        var postsOption = new Option<int>("--posts") { Description = "About how many posts to generate.", DefaultValueFactory = _ => 100_000 };
        var seedOption = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var benchIntel = new Command("intel", "Posts/s of ingest+normalise+extract+score; time of templates+rings.");
        benchIntel.Options.Add(postsOption);
        benchIntel.Options.Add(seedOption);
        benchIntel.SetAction(p => BenchIntelCommand.Run(p.GetValue(postsOption), p.GetValue(seedOption), context.Out));
        return benchIntel;
    }
}
