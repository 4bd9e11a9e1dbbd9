using System.Collections.Immutable;
using Homeward.Kinship;

namespace Homeward.Registry.Names;

/// <summary>
/// A person's name in Chinese characters and/or pinyin, kept separately because the registry cannot
/// convert one into the other: families write the characters, police records and foreign systems
/// often only the pinyin. The pinyin is stored normalised (<see cref="Pinyin.Normalise"/>).
/// </summary>
public sealed class ChineseName : IEquatable<ChineseName>
{
    // Two-character surnames, so that the given name of 欧阳娜娜 is 娜娜; the rest have one character.
    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "夏侯", "轩辕", "端木",
    ];

    private ChineseName(string characters, string pinyin)
    {
        Characters = characters;
        Pinyin = pinyin;
    }

    /// <summary>The name in characters (empty when unknown), without spaces.</summary>
    public string Characters { get; }

    /// <summary>The normalised pinyin, syllables separated by spaces (empty when unknown).</summary>
    public string Pinyin { get; }

    /// <summary>The given name in characters: all but the surname's one or two characters.</summary>
    public string GivenCharacters => Characters.Length <= SurnameLength ? string.Empty : Characters[SurnameLength..];

    /// <summary>The given name's pinyin syllables (when the pinyin was written as separate syllables).</summary>
    public string GivenPinyin
    {
        get
        {
            var syllables = Names.Pinyin.Syllables(Pinyin);
            var skip = Characters.Length > 0 ? SurnameLength : 1;
            return syllables.Length <= skip ? string.Empty : string.Join(' ', syllables.Skip(skip));
        }
    }

    private int SurnameLength => CompoundSurnames.Any(s => Characters.StartsWith(s, StringComparison.Ordinal)) ? 2 : 1;

    /// <summary>Creates a name; at least one of the forms is required, characters must be CJK ideographs (or ·).</summary>
    public static Result<ChineseName> Create(string? characters, string? pinyin, string place = "name")
    {
        var chars = string.Concat((characters ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        var normalised = Names.Pinyin.Normalise(pinyin);
        return new Validation(place)
            .Require(chars.Length > 0 || normalised.Length > 0, "characters", "a name needs characters or pinyin")
            .Require(chars.All(c => IsIdeograph(c) || c == '·'), "characters", $"'{chars}' must contain Chinese characters only (pinyin goes in its own field)")
            .Require(chars.Length <= 16, "characters", "is longer than 16 characters")
            .Build(() => new ChineseName(chars, normalised));
    }

    /// <inheritdoc />
    public bool Equals(ChineseName? other) =>
        other is not null && string.Equals(Characters, other.Characters, StringComparison.Ordinal) && string.Equals(Pinyin, other.Pinyin, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChineseName);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Characters, Pinyin);

    /// <inheritdoc />
    public override string ToString() => Characters.Length > 0 && Pinyin.Length > 0 ? $"{Characters} ({Pinyin})" : Characters + Pinyin;

    internal static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') || char.IsSurrogate(c);

    internal static ImmutableArray<ChineseName> Distinct(IEnumerable<ChineseName> names) => [.. names.Distinct()];
}
