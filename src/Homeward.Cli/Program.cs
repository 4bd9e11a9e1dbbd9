using System.CommandLine;
using Homeward.Cli.Commands;

// The `homeward` command. Only the `intel` tree lives here on this branch; the rest of the command
// tree is built elsewhere and the two are merged.
var root = new RootCommand("Homeward: bring trafficked children home.");

var intel = new Command("intel", "Detect and disrupt: scan posts, evaluate, link rings.");
root.Subcommands.Add(intel);

var scanFiles = new Argument<string[]>("files") { Description = "Posts in JSON Lines.", Arity = ArgumentArity.OneOrMore };
var vocabularyOption = new Option<string?>("--vocabulary") { Description = "A vocabulary file (default: the shipped data/intel/vocabulary.tsv)." };
var thresholdOption = new Option<double?>("--threshold") { Description = "Flag posts whose score is at least this (0..1)." };
var noTemplatesOption = new Option<bool>("--no-templates") { Description = "Do not cluster the batch into templates (cluster is null)." };
var scan = new Command("scan", "Score posts, extract their entities and indicators; one JSON object per post.");
scan.Arguments.Add(scanFiles);
scan.Options.Add(vocabularyOption);
scan.Options.Add(thresholdOption);
scan.Options.Add(noTemplatesOption);
scan.SetAction(p => IntelScanCommand.Run(
    p.GetValue(scanFiles) ?? [], p.GetValue(vocabularyOption), p.GetValue(thresholdOption), !p.GetValue(noTemplatesOption),
    Console.Out, Console.Error));
intel.Subcommands.Add(scan);

return root.Parse(args).Invoke();
