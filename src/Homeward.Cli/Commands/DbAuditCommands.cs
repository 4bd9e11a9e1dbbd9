using System.CommandLine;
using Homeward.Cli.Files;
using Homeward.Cli.Output;
using Homeward.Data.Audit;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward db verify-audit [--anchors FILE]</c> and <c>homeward db audit-anchor [--append FILE]</c>:
/// the audit chain checked link by link, and its head written down outside the database so that a
/// chain cut short or rewritten after an anchor is detected too (docs/data.md).
/// </summary>
internal static class DbAuditCommands
{
    public static Command Verify(CliContext context)
    {
        var options = new DatabaseOptions();
        var anchorsFile = new Option<string?>("--anchors") { Description = "A file of anchors taken by 'db audit-anchor' (JSON Lines); each must still hold." };
        var command = new Command("verify-audit", "Check every link of the audit chain (and the anchors kept outside it); report the first broken one.");
        options.AddTo(command);
        command.Options.Add(anchorsFile);
        command.SetAction(parsed =>
        {
            IReadOnlyList<AuditAnchor> anchors = [];
            if (parsed.GetValue(anchorsFile) is { } path)
            {
                var read = ReadAnchors(path);
                if (!read.IsSuccess)
                {
                    ErrorWriter.Write(context.Error, read.Errors);
                    return ExitCodes.InvalidInput;
                }

                anchors = read.Value;
            }

            return DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
            {
                var result = AuditVerifier.VerifyAsync(settings, anchors).GetAwaiter().GetResult();
                if (!result.IsIntact)
                {
                    context.Error.WriteLine($"audit chain broken at entry {result.BrokenAt}: {result.Problem}");
                    context.Error.WriteLine($"the {result.Entries} entries before it hold; head {result.Head}");
                    return ExitCodes.Failure;
                }

                var checkedAnchors = anchors.Count == 0 ? string.Empty : $"; {anchors.Count} anchor(s) hold";
                context.Out.WriteLine($"audit chain intact: {result.Entries} entries, head {result.Head}{checkedAnchors}");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    public static Command Anchor(CliContext context)
    {
        var options = new DatabaseOptions();
        var append = new Option<string?>("--append") { Description = "Append the anchor to this file (kept outside the database: another machine, a printout)." };
        var command = new Command("audit-anchor", "Verify the audit chain and print its head as an anchor line to keep outside the database.");
        options.AddTo(command);
        command.Options.Add(append);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            var result = AuditVerifier.VerifyAsync(settings).GetAwaiter().GetResult();
            if (!result.IsIntact)
            {
                context.Error.WriteLine($"audit chain broken at entry {result.BrokenAt}: {result.Problem}; no anchor taken");
                return ExitCodes.Failure;
            }

            if (result.Entries == 0)
            {
                context.Error.WriteLine("the audit chain is empty; nothing to anchor");
                return ExitCodes.Failure;
            }

            var line = new AuditAnchor(result.Entries, result.Head, DateTimeOffset.UtcNow).ToJsonLine();
            if (parsed.GetValue(append) is { } path)
            {
                var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
                var separator = existing.Length == 0 || existing.EndsWith('\n') ? string.Empty : "\n";
                AtomicFile.WriteAllText(path, existing + separator + line + "\n");
            }

            context.Out.WriteLine(line);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Kinship.Result<IReadOnlyList<AuditAnchor>> ReadAnchors(string path)
    {
        var text = TextFile.Read(path, "anchors file");
        if (!text.IsSuccess)
        {
            return Kinship.Result<IReadOnlyList<AuditAnchor>>.Failure(text.Errors);
        }

        using var reader = new StringReader(text.Value);
        return AuditAnchor.ParseLines(path, reader);
    }
}
