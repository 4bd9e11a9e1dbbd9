using System.CommandLine;
using Homeward.Cli.Demo;
using Homeward.Cli.Files;
using Homeward.Cli.Output;
using Homeward.Kinship;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward demo cases</c>: computes the shipped example cases (<c>data/cases/*.json</c>) and explains
/// each result for people, with its reading under Chinese practice. Needs nothing but the executable
/// and its <c>data</c> folder.
/// </summary>
internal static class DemoCasesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("cases", "Compute and explain the shipped example kinship cases.");
        command.SetAction(_ => Run(context));
        return command;
    }

    private static int Run(CliContext context)
    {
        var output = context.Out;
        if (!Directory.Exists(context.CasesDirectory))
        {
            context.Error.WriteLine($"{context.CasesDirectory}: the shipped demo cases are missing; was homeward installed without its data folder?");
            return ExitCodes.Failure;
        }

        var files = Directory.GetFiles(context.CasesDirectory, "*.json").Order(StringComparer.Ordinal).ToList();
        output.WriteLine("Homeward demo: kinship likelihood ratios of the example cases shipped in data/cases");
        output.WriteLine();
        output.WriteLine("LR = P(genotypes | H1) / P(genotypes | H2), multiplied over markers. Read as in Chinese parentage");
        output.WriteLine("practice (GB/T 37223-2018): a combined index ≥ 10,000 supports parentage; ≤ 0.0001, or 3 or more");
        output.WriteLine("Mendelian-inconsistent loci, excludes; in between, type more markers or the other parent.");
        output.WriteLine("Any hit still goes to a human analyst.");

        var tables = new FrequencyTableFiles(context.FrequenciesDirectory);
        var failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            output.WriteLine();
            if (!Explain(context, tables, files[i], i + 1))
            {
                failed++;
            }
        }

        output.WriteLine();
        output.WriteLine($"To compute a case of your own: homeward kinship lr CASE.json [--explain] (the examples are in {context.CasesDirectory}).");

        // The demo's cases are ours: one that does not compute is a bug, not the user's input.
        return failed == 0 && files.Count > 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static bool Explain(CliContext context, FrequencyTableFiles tables, string path, int number)
    {
        var output = context.Out;
        var name = Path.GetFileName(path);
        var loaded = CaseFile.Load(path, tables);
        var computed = loaded.IsSuccess ? LikelihoodRatioCalculator.Compute(loaded.Value.Case) : default;
        if (!loaded.IsSuccess || !computed.IsSuccess)
        {
            output.WriteLine($"{number}. {name}: could not be computed (see stderr)");
            ErrorWriter.Write(context.Error, loaded.Errors ?? computed.Errors ?? []);
            return false;
        }

        var (_, json, kinshipCase, notes) = loaded.Value;
        var result = computed.Value;
        var description = CaseDescription.From(json);
        var typed = kinshipCase.Genotypes.Keys.ToHashSet(StringComparer.Ordinal);

        output.WriteLine($"{number}. {description.Title ?? name}   [{name}]");
        output.WriteLine($"   H1: {description.H1 ?? "as declared"}");
        output.WriteLine($"       {PedigreeText.Describe(kinshipCase.H1, typed)}");
        output.WriteLine($"   H2: {description.H2 ?? "the persons of H1, all unrelated"}");
        output.WriteLine($"       {PedigreeText.Describe(kinshipCase.H2, typed)}");
        output.WriteLine($"   Data: {result.Loci.Count} markers typed in {string.Join(", ", typed.Order(StringComparer.Ordinal))}; frequencies {Path.GetFileName(kinshipCase.Frequencies.Source)}; θ = {Numbers.Short(kinshipCase.Theta)}; mutation {MutationText.Describe(kinshipCase.Mutation)}");

        var log10 = result.Log10LikelihoodRatio is { } l ? Numbers.Fixed(l) : "-∞ (LR 0)";
        output.WriteLine($"   Combined LR = {Numbers.Short(result.LikelihoodRatio)}   log10 LR = {log10}");
        var inconsistent = Inconsistencies.Find(kinshipCase, result);
        output.WriteLine(inconsistent switch
        {
            null => "   Mendelian-inconsistent loci: not known (the case cannot be computed without mutation)",
            [] => "   Mendelian-inconsistent loci: none",
            _ => $"   Mendelian-inconsistent loci: {inconsistent.Count} ({string.Join(", ", inconsistent)}){(kinshipCase.Mutation.Default.Male.IsNone ? string.Empty : ", allowed for by the mutation model")}",
        });

        var verdict = ChinesePractice.Judge(result.LikelihoodRatio, inconsistent?.Count);
        var parentage = PedigreeText.IsParentage(kinshipCase.H1, kinshipCase.H2, typed);
        output.WriteLine(parentage
            ? $"   Reading (GB/T 37223-2018): {Reading(verdict.Conclusion, "parentage")}: {verdict.Rule}."
            : $"   Reading (GB/T 37223-2018 thresholds, written for parentage, used here as a guide): {Reading(verdict.Conclusion, "the relationship of H1")}: {verdict.Rule}.");

        foreach (var warning in notes.Concat(result.Warnings))
        {
            output.WriteLine($"   Warning: {warning}");
        }

        return true;
    }

    private static string Reading(Conclusion conclusion, string what) => conclusion switch
    {
        Conclusion.Supports => $"supports {what}",
        Conclusion.Excludes => $"excludes {what}",
        _ => "inconclusive",
    };
}
