using Homeward.Intel.Entities;
using Homeward.Intel.Text;

namespace Homeward.Intel.Templates;

/// <summary>
/// Replaces entities by one type token each (a private-use character per type) and remaining ASCII
/// digits by '0', so that posts of one template differ only where their wording differs.
/// </summary>
internal static class EntityMasker
{
    /// <summary>The first private-use character; type t is masked as (char)(TokenBase + t).</summary>
    public const char TokenBase = '\uE000';

    public static char TokenOf(EntityType type) => (char)(TokenBase + (int)type);

    public static bool IsToken(char c) => c >= TokenBase && c < TokenBase + 16;

    public static string Mask(string text, IReadOnlyList<Entity> entities)
    {
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var next = 0;
        var position = 0;
        while (position < text.Length)
        {
            while (next < entities.Count && entities[next].NormEnd <= position)
            {
                next++;
            }

            if (next < entities.Count && entities[next].NormStart == position && entities[next].NormEnd > position)
            {
                buffer[length++] = TokenOf(entities[next].Type);
                position = entities[next].NormEnd;
                continue;
            }

            var c = text[position++];
            buffer[length++] = CharClass.IsAsciiDigit(c) ? '0' : c;
        }

        return new string(buffer[..length]);
    }
}
