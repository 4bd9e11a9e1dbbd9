namespace Homeward.Data.Intel;

/// <summary>A file of posts in JSON Lines to load: its name (for error places) and how to open it.</summary>
public sealed record PostSource(string Name, Func<TextReader> Open);
