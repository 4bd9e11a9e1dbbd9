using System.Globalization;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Homeward.Data.Entities;
using Homeward.Intel;
using Homeward.Intel.Entities;
using Homeward.Intel.Evaluation;
using Homeward.Intel.Posts;
using Homeward.Intel.Rings;
using Homeward.Kinship;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Intel;

/// <summary>
/// The analysed posts of Intel in the database. A load runs the pipeline (normalise, extract, score) on the
/// new posts, then re-clusters and re-links the whole stored set, all in one transaction (a bad line stores
/// nothing). Every read (lists included: the ids they showed) and every change is audited in the same
/// transaction as <c>intel-post</c> or <c>intel-ring</c>.
/// </summary>
public sealed class PostStore(DatabaseSettings settings, TimeProvider time)
{
    private const string PostType = "intel-post";
    private const string RingType = "intel-ring";
    private const int ExcerptLength = 80;
    private static readonly PostAnalyser Analyser = new();

    /// <summary>Loads posts from JSON Lines files: all of them or, on any error, none.</summary>
    public async Task<PostLoadSummary> LoadAsync(IReadOnlyList<PostSource> sources, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var (read, errors) = PostFileReader.Read(sources);
        if (errors.Count > 0)
        {
            return new PostLoadSummary(0, 0, 0, 0, errors);
        }

        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var stored = await db.IntelPosts.ToDictionaryAsync(p => p.PostId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, replaced = 0;
        foreach (var (post, evidence) in read)
        {
            if (stored.TryGetValue(post.Id, out var existing))
            {
                await db.IntelMentions.Where(m => m.PostId == existing.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.IntelIndicators.Where(m => m.PostId == existing.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                Fill(existing, post, evidence, Analyser.Analyse(post), now);
                replaced++;
            }
            else
            {
                var entity = new IntelPostEntity { PostId = post.Id, Text = post.Text };
                Fill(entity, post, evidence, Analyser.Analyse(post), now);
                db.IntelPosts.Add(entity);
                stored.Add(post.Id, entity);
                added++;
            }
        }

        var all = stored.Values.OrderBy(p => p.PostId, StringComparer.Ordinal).ToList();
        var analyses = all.Select(p => Analyser.Analyse(ToPost(p))).ToList();
        var clusters = TemplateIndex.Build(analyses);
        var (rings, ringOf) = RingBuilder.Build(analyses);
        for (var i = 0; i < all.Count; i++)
        {
            all[i].Cluster = clusters.ClusterId(i);
            all[i].Ring = ringOf[i] >= 0 ? rings[ringOf[i]].Id : null;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var flagged = all.Count(p => p.Flagged);
        await AuditAsync(db, transaction, new AuditRecord(actor, "import", PostType, "-",
            JsonSerializer.Serialize(new { added, replaced, ids = read.Select(r => r.Post.Id) })), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new PostLoadSummary(added, replaced, flagged, rings.Count, []);
    }

    /// <summary>The triage queue: flagged posts first, then by score (highest first); optionally only unlabelled ones.</summary>
    public async Task<CasePage<IntelPostSummary>> TriageAsync(bool unlabelledOnly, int page, int pageSize, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        IQueryable<IntelPostEntity> query = db.IntelPosts.AsNoTracking();
        if (unlabelledOnly)
        {
            query = query.Where(p => !p.Labels.Any());
        }

        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Summaries(query.OrderByDescending(p => p.Flagged).ThenByDescending(p => p.Score).ThenBy(p => p.PostId)
            .Skip((page - 1) * pageSize).Take(pageSize), cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, "search", PostType, "-",
            JsonSerializer.Serialize(new { total, ids = rows.Select(r => r.Id) })), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CasePage<IntelPostSummary>(rows, total, page, pageSize);
    }

    /// <summary>One post with its spans, labels and cluster; null when there is none (the attempt is audited too).</summary>
    public async Task<IntelPostView?> GetAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var post = await db.IntelPosts.AsNoTracking().AsSplitQuery()
            .Include(p => p.Mentions).Include(p => p.Indicators).Include(p => p.Labels)
            .FirstOrDefaultAsync(p => p.PostId == id, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<IntelPostSummary> cluster = [];
        if (post?.Cluster is { } c)
        {
            cluster = await Summaries(db.IntelPosts.AsNoTracking().Where(p => p.Cluster == c && p.Id != post.Id).OrderBy(p => p.PostId).Take(100), cancellationToken)
                .ConfigureAwait(false);
        }

        await AuditAsync(db, transaction, new AuditRecord(actor, "read", PostType, id, JsonSerializer.Serialize(new { found = post is not null })), cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (post is null)
        {
            return null;
        }

        var labels = post.Labels.OrderByDescending(l => l.At).ThenByDescending(l => l.Id).Select(l => new IntelLabel(l.Label, l.Note, l.Actor, l.At)).ToList();
        return new IntelPostView(
            Summary(post, labels.FirstOrDefault()?.Label), ToPost(post), post.Url, post.Evidence,
            [.. post.Indicators.OrderBy(i => i.Start).Select(i => new IntelSpan("indicator", i.Group, i.Text, i.Start, i.End, null, i.Detail))],
            [.. post.Mentions.OrderBy(m => m.Start).Select(m => new IntelSpan("entity", m.Type, m.Text, m.Start, m.End, m.Value, m.Province))],
            labels, cluster);
    }

    /// <summary>
    /// Posts holding an identifier written in any form: the query is run through the entity extractor (a phone
    /// in any format becomes E.164; "QQ 12345" a QQ number) and also taken as it is (lower case, and digits only).
    /// </summary>
    public async Task<IdentifierSearch> FindAsync(string query, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = IdentifierValues(query);
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var rows = values.Count == 0 ? [] : await Summaries(db.IntelPosts.AsNoTracking()
            .Where(p => p.Mentions.Any(m => values.Contains(m.Value)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.PostId).Take(500), cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, "search", PostType, "-",
            JsonSerializer.Serialize(new { identifier = true, ids = rows.Select(r => r.Id) })), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IdentifierSearch(values, rows, [.. rows.Select(r => r.Ring).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The normalised values an identifier query stands for.</summary>
    public static IReadOnlyList<string> IdentifierValues(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trimmed = query.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        var values = new List<string>();
        values.AddRange(Analyser.Analyse(new Post("query", null, null, null, null, trimmed)).Entities
            .Where(e => e.Type.IsIdentifier()).Select(e => e.Value));
        values.Add(trimmed.ToLowerInvariant());
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (digits.Length >= 5)
        {
            values.Add(digits);
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The rings of the stored set, largest first.</summary>
    public async Task<IReadOnlyList<IntelRingSummary>> RingsAsync(string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var posts = await db.IntelPosts.AsNoTracking().Where(p => p.Ring != null)
            .Select(p => new { Ring = p.Ring!, p.PostedAt, Values = p.Mentions.Where(m => m.Type != "price" && m.Type != "place").Select(m => m.Value).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rings = posts.GroupBy(p => p.Ring, StringComparer.Ordinal)
            .Select(g => new IntelRingSummary(g.Key, g.Count(), g.SelectMany(p => p.Values).Distinct(StringComparer.Ordinal).Count(),
                g.Min(p => p.PostedAt), g.Max(p => p.PostedAt)))
            .OrderByDescending(r => r.Posts).ThenBy(r => RingNumber(r.Id)).ToList();
        await AuditAsync(db, transaction, new AuditRecord(actor, "search", RingType, "-", JsonSerializer.Serialize(new { ids = rings.Select(r => r.Id) })), cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rings;
    }

    /// <summary>One ring with its posts, identifiers and timeline; null when there is none.</summary>
    public async Task<IntelRingView?> RingAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var posts = await db.IntelPosts.AsNoTracking().AsSplitQuery().Include(p => p.Mentions).Include(p => p.Labels)
            .Where(p => p.Ring == id).OrderBy(p => p.PostedAt).ThenBy(p => p.PostId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, "read", RingType, id, JsonSerializer.Serialize(new { ids = posts.Select(p => p.PostId) })), cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (posts.Count == 0)
        {
            return null;
        }

        var identifiers = posts.SelectMany(p => p.Mentions.Where(m => m.Type is not ("price" or "place")).Select(m => (m.Type, m.Value, Post: p.Id)))
            .GroupBy(m => (m.Type, m.Value))
            .Select(g => (g.Key.Type, g.Key.Value, g.Select(m => m.Post).Distinct().Count()))
            .OrderByDescending(g => g.Item3).ThenBy(g => g.Type, StringComparer.Ordinal).ThenBy(g => g.Value, StringComparer.Ordinal).ToList();
        var timeline = posts.Where(p => p.PostedAt is not null)
            .GroupBy(p => p.PostedAt!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList();
        var members = posts.Select(p => Summary(p, p.Labels.OrderByDescending(l => l.At).ThenByDescending(l => l.Id).FirstOrDefault()?.Label)).ToList();
        var summary = new IntelRingSummary(id, posts.Count, identifiers.Count, posts.Min(p => p.PostedAt), posts.Max(p => p.PostedAt));
        return new IntelRingView(summary, members, [.. posts.Select(ToPost)], [.. posts.Select(p => p.Evidence)], identifiers, timeline);
    }

    /// <summary>Records that a ring's posts were exported (the download itself is the host's).</summary>
    public async Task AuditExportAsync(string ring, IReadOnlyList<string> postIds, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, "export", RingType, ring, JsonSerializer.Serialize(new { ids = postIds })), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The analysts' labels as training and test data for the classifier (<c>intel train|compare</c>): every
    /// post whose latest label is offer or not-offer (unsure ones are left out), ordered by id; audited as
    /// one read of the posts it returns.
    /// </summary>
    public async Task<IReadOnlyList<LabelledPost>> LabelledPostsAsync(string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var posts = await db.IntelPosts.AsNoTracking().Include(p => p.Labels).Where(p => p.Labels.Count > 0).OrderBy(p => p.PostId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var labelled = new List<LabelledPost>(posts.Count);
        foreach (var post in posts)
        {
            var latest = post.Labels.OrderByDescending(l => l.At).ThenByDescending(l => l.Id).First().Label;
            if (latest != IntelLabel.Unsure)
            {
                labelled.Add(new LabelledPost(ToPost(post), latest, []));
            }
        }

        await AuditAsync(db, transaction, new AuditRecord(actor, "read", PostType, "labels", JsonSerializer.Serialize(new { ids = labelled.Select(l => l.Post.Id) })), cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return labelled;
    }

    /// <summary>Labels a post (offer, not-offer, unsure) with a note; the errors name the field.</summary>
    public async Task<IReadOnlyList<InputError>> LabelAsync(string id, string label, string? note, string actor, CancellationToken cancellationToken = default)
    {
        if (!IntelLabel.Allowed.Contains(label, StringComparer.Ordinal))
        {
            return [new InputError("Label", "must be offer, not-offer or unsure")];
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > 2000 })
        {
            return [new InputError("Note", "must be at most 2000 characters")];
        }

        await using var db = HomewardDatabase.CreateContext(settings);
        await using var transaction = await BeginAsync(db, cancellationToken).ConfigureAwait(false);
        var post = await db.IntelPosts.FirstOrDefaultAsync(p => p.PostId == id, cancellationToken).ConfigureAwait(false);
        if (post is null)
        {
            return [new InputError("Id", $"there is no post {id}")];
        }

        db.IntelLabels.Add(new IntelLabelEntity { PostId = post.Id, Label = label, Note = note, Actor = actor, At = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, new AuditRecord(actor, "label", PostType, id, JsonSerializer.Serialize(new { label })), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return [];
    }

    private static void Fill(IntelPostEntity entity, Post post, string? evidence, PostAnalysis analysis, DateTime now)
    {
        entity.Source = post.Source;
        entity.Url = post.Url;
        entity.Author = post.Author;
        entity.PostedAt = post.Time?.UtcDateTime;
        entity.Text = post.Text;
        entity.Evidence = evidence;
        entity.Score = analysis.Score;
        entity.Flagged = analysis.Flagged;
        entity.LoadedAt = now;
        entity.Mentions = [.. analysis.Entities.Select(e => new IntelMentionEntity
        {
            Type = e.Type.ToContractName(), Value = e.Value, Text = e.Text, Start = e.Start, End = e.End, Province = e.Province,
        })];
        entity.Indicators = [.. analysis.Indicators.Select(i => new IntelIndicatorEntity { Group = i.Group, Text = i.Text, Start = i.Start, End = i.End, Detail = i.Detail })];
    }

    private static Post ToPost(IntelPostEntity p) =>
        new(p.PostId, p.Source, p.Url, p.Author, p.PostedAt is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null, p.Text);

    private static IntelPostSummary Summary(IntelPostEntity p, string? label) =>
        new(p.PostId, p.Source, p.Author, p.PostedAt, p.Score, p.Flagged, p.Cluster, p.Ring, label, Excerpt(p.Text));

    private static async Task<List<IntelPostSummary>> Summaries(IQueryable<IntelPostEntity> query, CancellationToken cancellationToken)
    {
        var rows = await query.Select(p => new
        {
            p.PostId, p.Source, p.Author, p.PostedAt, p.Score, p.Flagged, p.Cluster, p.Ring, p.Text,
            Label = p.Labels.OrderByDescending(l => l.At).ThenByDescending(l => l.Id).Select(l => l.Label).FirstOrDefault(),
        }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(p => new IntelPostSummary(p.PostId, p.Source, p.Author, p.PostedAt, p.Score, p.Flagged, p.Cluster, p.Ring, p.Label, Excerpt(p.Text)))];
    }

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";

    private static int RingNumber(string id) => int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    private static async Task<IDbContextTransaction> BeginAsync(HomewardDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task AuditAsync(HomewardDbContext db, IDbContextTransaction transaction, AuditRecord record, CancellationToken cancellationToken) =>
        AuditWriter.AppendAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), settings.Provider, [record], time.GetUtcNow().UtcDateTime, cancellationToken);
}
