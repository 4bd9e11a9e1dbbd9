using System.CommandLine;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward intel train</c> and <c>homeward intel compare</c>: the trainable classifier (docs/intel.md).</summary>
internal static class IntelLearningCommands
{
    public static void AddTo(Command intel, CliContext context)
    {
        var seedOption = new Option<int>("--seed") { Description = "Seed of the training (and of the folds).", DefaultValueFactory = _ => 1 };

        var trainLabels = new Option<string[]>("--labels") { Description = "Labelled posts in JSON Lines (the corpus format).", Required = true, AllowMultipleArgumentsPerToken = true };
        var modelOption = new Option<string>("--model") { Description = "Where to write the model (an ML.NET zip).", Required = true };
        var train = new Command("train", "Train the post classifier on labelled posts and write the model.");
        train.Options.Add(trainLabels);
        train.Options.Add(modelOption);
        train.Options.Add(seedOption);
        train.SetAction(p => IntelTrainCommand.Run(p.GetValue(trainLabels) ?? [], p.GetValue(modelOption)!, p.GetValue(seedOption), context.Out, context.Error));
        intel.Subcommands.Add(train);

        var compareLabels = new Option<string[]>("--labels") { Description = "Labelled posts in JSON Lines (the corpus format).", Required = true, AllowMultipleArgumentsPerToken = true };
        var foldsOption = new Option<int?>("--folds") { Description = $"Stratified k-fold cross-validation on --labels (default {IntelCompareCommand.DefaultFolds})." };
        var testOption = new Option<string[]>("--test") { Description = "Train on --labels, test on these labelled posts instead of k-fold.", AllowMultipleArgumentsPerToken = true };
        var errorsOption = new Option<bool>("--errors") { Description = "List every post either got wrong." };
        var compare = new Command("compare", "The classifier against the rules on held-out labels: precision, recall, F1 per fold and overall, and a verdict.");
        compare.Options.Add(compareLabels);
        compare.Options.Add(foldsOption);
        compare.Options.Add(testOption);
        compare.Options.Add(seedOption);
        compare.Options.Add(errorsOption);
        compare.SetAction(p => IntelCompareCommand.Run(
            p.GetValue(compareLabels) ?? [], p.GetValue(foldsOption), p.GetValue(testOption) ?? [], p.GetValue(seedOption), p.GetValue(errorsOption),
            context.Out, context.Error));
        intel.Subcommands.Add(compare);
    }
}
