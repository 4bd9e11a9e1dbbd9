using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Homeward.Data.Audit;
using Homeward.Data.Profiles;
using Homeward.Kinship;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Imports;

/// <summary>
/// Imports profile files in one transaction: all or nothing. Files stream record by record; records
/// are written in batches over the bulk path while the files are still being read, and every bad
/// record is reported with its file and line (up to 100). If any record is bad, nothing is kept:
/// the transaction is rolled back. Re-importing the same file changes nothing (a sample is matched by
/// its code, its content by SHA-256 of its canonical line); a changed profile is updated and the
/// change audited. The import itself is one audit entry (counts and the files' SHA-256, no names).
/// </summary>
public sealed class ProfileImporter(DatabaseSettings settings, TimeProvider time)
{
    private const int MaxErrors = 100;
    private const string SqliteImportCache = "PRAGMA cache_size = -524288;"; // 512 MiB, an upper bound, not an allocation

    /// <summary>Profiles per batch (one lookup, one COPY per table).</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>Imports the sources, in order, as one transaction.</summary>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ImportSource> sources, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        await using var db = HomewardDatabase.CreateContext(settings);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        SqliteFirstLoadJournal? journal = null;
        if (connection is SqliteConnection sqlite)
        {
            // One transaction of a million rows touches far more index pages than SQLite's default
            // 2 MB cache holds; evicted pages would go to the journal and be read back through it.
            await db.Database.ExecuteSqlRawAsync(SqliteImportCache, cancellationToken).ConfigureAwait(false);

            // The journal mode can change only outside a transaction, so this look comes before it;
            // the look inside the transaction below is the one that decides the rest.
            var firstLoad = (await ProfileTables.ReadAsync(connection, null, cancellationToken).ConfigureAwait(false)).Empty;
            journal = await SqliteFirstLoadJournal.BeginAsync(sqlite, firstLoad, cancellationToken).ConfigureAwait(false);
        }

        // Disposed after the transaction: the journal mode can change only outside one.
        await using var firstLoadJournal = journal;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var dbTransaction = transaction.GetDbTransaction();
        var store = new ProfileStore(connection, dbTransaction, settings.Provider);
        var tables = await ProfileTables.ReadAsync(connection, dbTransaction, cancellationToken).ConfigureAwait(false);
        IDeferredIndexes? deferred = null;
        if (tables.Empty)
        {
            deferred = settings.Provider == DatabaseProvider.Sqlite
                ? await SqliteDeferredIndexes.DropAsync(connection, dbTransaction, cancellationToken).ConfigureAwait(false)
                : await PostgresDeferredIndexes.DropAsync(connection, dbTransaction, cancellationToken).ConfigureAwait(false);
            if (deferred is null)
            {
                // Another transaction filled a table between the look and the lock: not a first load after all.
                tables = await ProfileTables.ReadAsync(connection, dbTransaction, cancellationToken).ConfigureAwait(false);
            }
        }

        var run = new Run(store, time.GetUtcNow().UtcDateTime, actor)
        {
            // A first load (no samples, no reports yet) has nothing to look up: the codes within the
            // import are checked against each other in memory.
            SamplesAtStart = tables.Samples,
            ReportsAtStart = tables.Reports,
            ChildrenAtStart = tables.Children,
        };
        try
        {
            // Reading and parsing overlap with the database work (this thread), which takes the
            // parsed chunks in file order: line numbers, the first error and all-or-nothing are as
            // with one thread.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var channel = Channel.CreateBounded<Task<List<ImportItem>>>(new BoundedChannelOptions(2 * Environment.ProcessorCount) { SingleReader = true, SingleWriter = true });
            var producer = Task.Run(() => ProduceAsync(sources, channel.Writer, stop.Token), stop.Token);
            try
            {
                await foreach (var parsing in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    foreach (var item in await parsing.ConfigureAwait(false))
                    {
                        await run.AddAsync(item, BatchSize, cancellationToken).ConfigureAwait(false);
                        if (run.Errors.Count >= MaxErrors)
                        {
                            run.Errors.Add(new InputError(item.Profile?.Place ?? item.Error!.Place, $"stopped after {MaxErrors} errors"));
                            break;
                        }
                    }

                    if (run.Errors.Count >= MaxErrors)
                    {
                        break;
                    }
                }
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await producer.ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // stopped early after too many errors
                }
            }

            await run.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (run.Errors.Count > 0)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new ImportSummary(0, 0, 0, run.Errors);
            }

            if (deferred is not null)
            {
                await deferred.RestoreAsync(cancellationToken).ConfigureAwait(false);
            }

            run.Audit.Add(new AuditRecord(actor, "import", "import", ImportId(run.Now), ImportDetails(sources, run)));
            await AuditWriter.AppendAsync(connection, dbTransaction, settings.Provider, run.Audit, run.Now, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ImportSummary(run.Created, run.Updated, run.Unchanged, []);
        }
        finally
        {
            await run.Store.DisposeCommandsAsync().ConfigureAwait(false);
        }
    }

    private const int ChunkSize = 1000;

    /// <summary>
    /// Reads the sources into chunks of items, in order. JSON Lines are cut into batches of lines
    /// that are parsed (with each profile's canonical form and hash) on the thread pool, up to the
    /// channel's capacity at a time; CSV and CMF rows of one sample can span lines, so they are read
    /// here, on one thread.
    /// </summary>
    private static async Task ProduceAsync(IReadOnlyList<ImportSource> sources, ChannelWriter<Task<List<ImportItem>>> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var source in sources)
            {
                if (source.Format == ImportFormat.JsonLines)
                {
                    foreach (var batch in JsonLinesBatch.Read(source, ChunkSize))
                    {
                        await writer.WriteAsync(Task.Run(batch.Parse, cancellationToken), cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                var chunk = new List<ImportItem>(ChunkSize);
                using var reader = source.Open();
                foreach (var item in source.Format == ImportFormat.Csv ? CsvGenotypeReader.Read(reader, source.Name) : CmfReader.Read(reader, source.Name))
                {
                    item.Profile?.Prepare();
                    chunk.Add(item);
                    if (chunk.Count == ChunkSize)
                    {
                        await writer.WriteAsync(Task.FromResult(chunk), cancellationToken).ConfigureAwait(false);
                        chunk = new List<ImportItem>(ChunkSize);
                    }
                }

                if (chunk.Count > 0)
                {
                    await writer.WriteAsync(Task.FromResult(chunk), cancellationToken).ConfigureAwait(false);
                }
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    private static string ImportId(DateTime now) =>
        "import-" + now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string ImportDetails(IReadOnlyList<ImportSource> sources, Run run) => JsonSerializer.Serialize(new
    {
        files = sources.Select(s => new { format = s.Format.ToString(), sha256 = s.ContentHash }).ToArray(),
        created = run.Created,
        updated = run.Updated,
        unchanged = run.Unchanged,
    });

    /// <summary>The state of one import: the pending batch, the caches, the counters.</summary>
    private sealed class Run(ProfileStore store, DateTime now, string actor)
    {
        private static readonly Dictionary<string, ExistingSample> NoSamples = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Guid> _reports = new(StringComparer.Ordinal);

        // Found children recorded without a sample (on the web application): a query profile whose
        // code is theirs becomes their sample instead of a second child with the same code.
        private readonly Dictionary<string, Guid> _children = new(StringComparer.Ordinal);
        private readonly List<ImportProfile> _batch = [];
        private readonly NewRows _rows = new();
        private readonly SequentialIds _ids = new(new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc)));

        public ProfileStore Store => store;

        /// <summary>Whether the database had any sample when the import began (else no sample look-ups).</summary>
        public bool SamplesAtStart { get; init; } = true;

        /// <summary>Whether the database had any report when the import began (else no report look-ups).</summary>
        public bool ReportsAtStart { get; init; } = true;

        /// <summary>Whether the database held found children when the import began (else none can be recorded without a sample).</summary>
        public bool ChildrenAtStart { get; init; } = true;

        public DateTime Now => now;

        public List<InputError> Errors { get; } = [];

        public List<AuditRecord> Audit { get; } = [];

        public int Created { get; private set; }

        public int Updated { get; private set; }

        public int Unchanged { get; private set; }

        public async Task AddAsync(ImportItem item, int batchSize, CancellationToken cancellationToken)
        {
            if (item.Error is { } error)
            {
                Errors.Add(error);
                return;
            }

            var profile = item.Profile!;
            if (_seen.TryGetValue(profile.Code, out var first))
            {
                Errors.Add(new InputError(profile.Place, $"sample '{profile.Code}' is already given at {first}"));
                return;
            }

            _seen.Add(profile.Code, profile.Place);
            if (Errors.Count > 0)
            {
                return; // keep reading to report every bad record, but write nothing more
            }

            _batch.Add(profile);
            if (_batch.Count >= batchSize)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_batch.Count == 0 || Errors.Count > 0)
            {
                _batch.Clear();
                return;
            }

            var existing = SamplesAtStart
                ? await store.FindSamplesAsync(_batch.Select(p => p.Code).ToList(), cancellationToken).ConfigureAwait(false)
                : NoSamples;
            List<string> wanted = !ReportsAtStart ? [] : _batch.Where(p => p.Report is not null && !_reports.ContainsKey(p.Report)).Select(p => p.Report!)
                .Concat(_batch.Where(p => p.Kind == ProfileKind.GenotypesOnly && existing.TryGetValue(p.Code, out var e) && e.Report is not null && !_reports.ContainsKey(e.Report)).Select(p => existing[p.Code].Report!))
                .Distinct(StringComparer.Ordinal).ToList();
            if (wanted.Count > 0)
            {
                foreach (var (code, id) in await store.FindReportsAsync(wanted, cancellationToken).ConfigureAwait(false))
                {
                    _reports[code] = id;
                }
            }

            List<string> unsampled = !ChildrenAtStart ? [] : _batch.Where(p => p.Kind != ProfileKind.Reference && !existing.ContainsKey(p.Code) && !_children.ContainsKey(p.Code)).Select(p => p.Code).ToList();
            if (unsampled.Count > 0)
            {
                foreach (var (code, id) in await store.FindFoundChildrenAsync(unsampled, cancellationToken).ConfigureAwait(false))
                {
                    _children[code] = id;
                }
            }

            _rows.Clear();
            foreach (var profile in _batch)
            {
                Plan(profile, existing.GetValueOrDefault(profile.Code));
            }

            _batch.Clear();
            if (Errors.Count == 0)
            {
                await store.WriteAsync(_rows, now, cancellationToken).ConfigureAwait(false);
            }
        }

        private void Plan(ImportProfile profile, ExistingSample? existing)
        {
            var kind = profile.Kind;
            var report = profile.Report;
            var role = profile.Role?.Name();
            var sex = profile.Sex is { } s ? ProfileJson.SexCode(s) : null;
            if (kind == ProfileKind.GenotypesOnly)
            {
                if (existing?.Report is not null)
                {
                    (kind, report, role) = (ProfileKind.Reference, existing.Report, existing.Role);
                }
                else if (existing is null && profile.RelativeCategory is not null)
                {
                    Errors.Add(new InputError(profile.Place, $"specimen '{profile.Code}' is a relative's sample ({profile.RelativeCategory}) but is not registered with a report; import its profile with report and role first"));
                    return;
                }
                else
                {
                    kind = ProfileKind.Query;
                }

                sex ??= existing?.Sex;
                if (role is not null && FamilyRoles.TryParse(role, out var known) && known.ImpliedSex() is { } implied
                    && sex is not null && sex != "U" && sex != ProfileJson.SexCode(implied))
                {
                    Errors.Add(new InputError(profile.Place, $"sample '{profile.Code}' is a {role}'s, but its Amelogenin or sex says {sex}"));
                    return;
                }
            }
            else if (existing is not null && (existing.Report is null) != (kind == ProfileKind.Query))
            {
                Errors.Add(new InputError(profile.Place, existing.Report is null
                    ? $"sample '{profile.Code}' is a found child's profile; a relative's profile cannot reuse its code"
                    : $"sample '{profile.Code}' is a relative's profile (report '{existing.Report}'); a found child's profile cannot reuse its code"));
                return;
            }

            sex ??= "U";
            var loci = profile.LociJson ?? throw new InvalidOperationException($"{profile.Place}: the profile was not prepared");
            var hash = profile.Kind != ProfileKind.GenotypesOnly && profile.Hash is { } prepared
                ? prepared
                : ProfileJson.LineHash(profile.Code, report, role, ProfileJson.ParseSexCode(sex), loci);
            if (existing is not null && existing.Hash.AsSpan().SequenceEqual(hash))
            {
                Unchanged++;
                return;
            }

            Guid? reportId = report is null ? null : ReportId(report);
            if (existing is null)
            {
                var sampleId = _ids.Next();
                if (kind == ProfileKind.Reference)
                {
                    var donor = _ids.Next();
                    _rows.Donors.Add(new DonorRow(donor, reportId!.Value, role!, sex));
                    _rows.Samples.Add(new SampleRow(sampleId, profile.Code, donor, null, profile.Lab, profile.Kit, loci, profile.MarkerCount, hash));
                }
                else
                {
                    if (!_children.TryGetValue(profile.Code, out var child))
                    {
                        child = _ids.Next();
                        _rows.FoundChildren.Add(new FoundChildRow(child, profile.Code, sex));
                    }

                    _rows.Samples.Add(new SampleRow(sampleId, profile.Code, null, child, profile.Lab, profile.Kit, loci, profile.MarkerCount, hash));
                }

                Created++;
                return;
            }

            _rows.Updates.Add(new SampleUpdate(existing.Id, existing.DonorId, existing.FoundChildId, reportId, role, sex, loci, profile.MarkerCount, hash));
            Audit.Add(new AuditRecord(actor, "update", "sample", profile.Code, JsonSerializer.Serialize(new
            {
                report,
                previousHash = Convert.ToHexStringLower(existing.Hash),
                hash = Convert.ToHexStringLower(hash),
            })));
            Updated++;
        }

        private Guid ReportId(string code)
        {
            if (!_reports.TryGetValue(code, out var id))
            {
                id = _ids.Next();
                _reports.Add(code, id);
                _rows.Reports.Add(new ReportRow(id, code));
            }

            return id;
        }
    }
}
