using Homeward.Intel.Posts;

namespace Homeward.Intel.Ingest;

/// <summary>Posts in JSON Lines, as <c>intel scan</c> reads them; the source and URL of the capture fill in missing ones.</summary>
public static class JsonLinesIngest
{
    /// <summary>Reads every line of <paramref name="text"/>; each bad line is an error at its line.</summary>
    public static IngestResult Parse(string text, CaptureSource capture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(capture);
        var posts = new List<Post>();
        var errors = new List<IngestError>();
        var lineNumber = 0;
        foreach (var line in LineReader.Lines(text))
        {
            lineNumber++;
            var result = PostJsonLines.ParseLine(line);
            if (result.Error is not null)
            {
                errors.Add(new IngestError(lineNumber, result.Error));
            }
            else if (result.Post is { } post)
            {
                posts.Add(post with { Source = post.Source ?? capture.Name, Url = post.Url ?? capture.Url });
            }
        }

        return new IngestResult(posts, errors);
    }
}
