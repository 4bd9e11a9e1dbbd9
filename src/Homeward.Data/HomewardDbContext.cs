using System.Text;
using Homeward.Data.Accounts;
using Homeward.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>
/// The one EF Core model of Homeward, for SQLite and PostgreSQL alike. Tables and columns are
/// snake_case so that the raw bulk paths (COPY, prepared inserts) and hand-written SQL read the same
/// on both providers. The accounts of the web application (ASP.NET Core Identity and API keys) are
/// part of the same model, configured in <c>HomewardDbContext.Accounts.cs</c>.
/// </summary>
internal sealed partial class HomewardDbContext(DbContextOptions<HomewardDbContext> options) : IdentityDbContext<HomewardUser>(options)
{
    public DbSet<OperationEntity> Operations => Set<OperationEntity>();

    public DbSet<PersonEntity> Persons => Set<PersonEntity>();

    public DbSet<ReportEntity> Reports => Set<ReportEntity>();

    public DbSet<DonorEntity> Donors => Set<DonorEntity>();

    public DbSet<FoundChildEntity> FoundChildren => Set<FoundChildEntity>();

    public DbSet<SampleEntity> Samples => Set<SampleEntity>();

    public DbSet<MatchEntity> Matches => Set<MatchEntity>();

    public DbSet<MatchTransitionEntity> MatchTransitions => Set<MatchTransitionEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<FollowUpVisitEntity> FollowUpVisits => Set<FollowUpVisitEntity>();

    public DbSet<CustodyEntryEntity> CustodyEntries => Set<CustodyEntryEntity>();

    public DbSet<ReunionEntity> Reunions => Set<ReunionEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ConfigureAccounts(modelBuilder);
        ConfigureIntel(modelBuilder);
        ConfigureFrequencies(modelBuilder);
        ConfigurePhotos(modelBuilder);

        modelBuilder.Entity<OperationEntity>(e =>
        {
            e.ToTable("operations");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
        });

        modelBuilder.Entity<PersonEntity>(e => e.ToTable("persons"));

        modelBuilder.Entity<ReportEntity>(e =>
        {
            e.ToTable("reports");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.PoliceCaseNumber).HasMaxLength(64);
            e.HasOne(x => x.MissingPerson).WithMany().HasForeignKey(x => x.MissingPersonId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<DonorEntity>(e =>
        {
            e.ToTable("donors");
            e.HasOne(x => x.Report).WithMany(r => r.Donors).HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Role).HasMaxLength(32);
            e.Property(x => x.Sex).HasMaxLength(1);
            e.Property(x => x.ConsentScopes).HasMaxLength(200);
            e.Property(x => x.GuardianStatus).HasMaxLength(32);
            e.Property(x => x.Code).HasMaxLength(64);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.SampleCode).HasMaxLength(64);
            e.Property(x => x.ConsentGuardianCode).HasMaxLength(64);
        });

        modelBuilder.Entity<FoundChildEntity>(e =>
        {
            e.ToTable("found_children");
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Sex).HasMaxLength(1);
            e.Property(x => x.SampleCode).HasMaxLength(64);
            e.HasOne(x => x.Operation).WithMany().HasForeignKey(x => x.OperationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SampleEntity>(e =>
        {
            e.ToTable("samples", t => t.HasCheckConstraint(
                "ck_samples_one_subject",
                "(donor_id IS NULL) <> (found_child_id IS NULL)"));
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.HasOne(x => x.Donor).WithMany(d => d.Samples).HasForeignKey(x => x.DonorId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.FoundChild).WithMany(c => c.Samples).HasForeignKey(x => x.FoundChildId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CustodyEntryEntity>(e =>
        {
            e.ToTable("custody_entries");
            e.HasIndex(x => new { x.SampleId, x.Number }).IsUnique();
            e.HasOne(x => x.Sample).WithMany(s => s.Custody).HasForeignKey(x => x.SampleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MatchEntity>(e =>
        {
            e.ToTable("matches");
            e.HasIndex(x => new { x.ReportId, x.FoundChildId }).IsUnique();
            e.HasIndex(x => x.FoundChildId);
            e.Property(x => x.State).HasMaxLength(32);
            e.Property(x => x.Code).HasMaxLength(64);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.State, x.Posterior });
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.FoundChild).WithMany().HasForeignKey(x => x.FoundChildId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MatchTransitionEntity>(e =>
        {
            e.ToTable("match_transitions");
            e.Property(x => x.FromState).HasMaxLength(32);
            e.Property(x => x.ToState).HasMaxLength(32);
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.VerificationCheck).HasMaxLength(32);
            e.HasIndex(x => new { x.MatchId, x.Sequence }).IsUnique();
            e.HasOne(x => x.Match).WithMany(m => m.Transitions).HasForeignKey(x => x.MatchId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FollowUpVisitEntity>(e =>
        {
            e.ToTable("follow_up_visits");
            e.HasIndex(x => new { x.MatchId, x.Number }).IsUnique();
            e.HasIndex(x => x.DueOn);
            e.HasOne(x => x.Match).WithMany(m => m.FollowUps).HasForeignKey(x => x.MatchId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ReunionEntity>(e =>
        {
            e.ToTable("reunions");
            e.HasIndex(x => x.MatchId).IsUnique();
            e.HasOne(x => x.Match).WithMany().HasForeignKey(x => x.MatchId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
        });

        ApplySnakeCase(modelBuilder);
    }

    private static void ApplySnakeCase(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName($"pk_{entity.GetTableName()}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"fk_{entity.GetTableName()}_{string.Join("_", foreignKey.Properties.Select(p => SnakeCase(p.Name)))}");
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName($"ix_{entity.GetTableName()}_{string.Join("_", index.Properties.Select(p => SnakeCase(p.Name)))}");
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
