using System.CommandLine;
using Homeward.Web;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward serve [--urls URLS] [--database PATH | --connection STRING]</c>: runs the web application
/// (docs/web.md) until stopped, on http://127.0.0.1:5080 by default. The database must exist and be
/// current (<c>homeward db init</c>).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, ';'-separated (default {HomewardWebOptions.DefaultUrls})." };
        var command = new Command("serve", "Run the web application (pages and /api/v1) on the database.");
        var evidence = new Option<string?>("--evidence-store") { Description = "The evidence store (intel ingest --store) whose captures go into /intel case exports." };
        command.Options.Add(urls);
        command.Options.Add(evidence);
        options.AddTo(command);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            var app = HomewardWebApp.Build(new HomewardWebOptions
            {
                Database = settings,
                Urls = parsed.GetValue(urls) ?? HomewardWebOptions.DefaultUrls,
                EvidenceStore = parsed.GetValue(evidence),
            });
            context.Error.WriteLine($"{settings.Describe()}: serving on {string.Join(", ", app.Urls.DefaultIfEmpty(parsed.GetValue(urls) ?? HomewardWebOptions.DefaultUrls))} (Ctrl+C stops)");
            app.Run();
            return ExitCodes.Success;
        }));
        return command;
    }
}
