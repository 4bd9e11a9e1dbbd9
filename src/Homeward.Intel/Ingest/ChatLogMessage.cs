namespace Homeward.Intel.Ingest;

/// <summary>A chat log message being read: its header's time and sender id, and its lines so far.</summary>
internal sealed record ChatLogMessage(DateTimeOffset Time, string Author)
{
    public List<string> Lines { get; } = [];
}
