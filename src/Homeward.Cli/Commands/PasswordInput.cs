using System.Text;

namespace Homeward.Cli.Commands;

/// <summary>Passwords come from standard input, never from arguments (shell histories, process lists).</summary>
internal static class PasswordInput
{
    /// <summary>One line of standard input; typed at a terminal, it is not echoed.</summary>
    public static string Read(CliContext context)
    {
        if (!ReferenceEquals(context.In, Console.In) || Console.IsInputRedirected)
        {
            return context.In.ReadLine() ?? string.Empty;
        }

        context.Error.Write("password: ");
        var password = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        context.Error.WriteLine();
        return password.ToString();
    }
}
