using System.CommandLine;
using Homeward.Cli.Output;
using Homeward.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward users add --email E --role R</c> (the password is read from standard input, never an
/// argument: arguments end up in shell histories and process lists) and <c>homeward users list</c>.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var users = new Command("users", "The web application's users.");
        users.Subcommands.Add(Add(context));
        users.Subcommands.Add(List(context));
        return users;
    }

    private static Command Add(CliContext context)
    {
        var options = new DatabaseOptions();
        var email = new Option<string>("--email") { Description = "The user's e-mail (the sign-in name).", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };
        var command = new Command("add", "Add a user; the password (12 characters at least) is read from standard input.");
        command.Options.Add(email);
        command.Options.Add(role);
        options.AddTo(command);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            var password = PasswordInput.Read(context);
            using var services = UserAdministration.CreateStandalone(settings);
            var result = services.GetRequiredService<UserAdministration>()
                .AddAsync(parsed.GetValue(email)!, parsed.GetValue(role)!, password).GetAwaiter().GetResult();
            if (!result.IsSuccess)
            {
                ErrorWriter.Write(context.Error, result.Errors.Select(e => e with { Place = $"command line: --{e.Place}" }));
                return ExitCodes.InvalidInput;
            }

            context.Out.WriteLine($"added {result.Value} ({parsed.GetValue(role)})");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var options = new DatabaseOptions();
        var command = new Command("list", "List the users, their roles, second factor and lockout.");
        options.AddTo(command);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            using var services = UserAdministration.CreateStandalone(settings);
            var table = new TextTable("email", "roles", "2fa", "locked until");
            foreach (var u in services.GetRequiredService<UserAdministration>().ListAsync().GetAwaiter().GetResult())
            {
                table.Add(u.Email, string.Join(",", u.Roles), u.TwoFactor ? "on" : "off", u.LockedUntil?.ToString("yyyy-MM-dd HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }

            table.Write(context.Out);
            return ExitCodes.Success;
        }));
        return command;
    }
}
