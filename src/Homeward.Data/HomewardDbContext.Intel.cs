using Homeward.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>The analysed posts of Intel (docs/intel.md, "Web"): posts, their entities, indicators and labels.</summary>
internal sealed partial class HomewardDbContext
{
    public DbSet<IntelPostEntity> IntelPosts => Set<IntelPostEntity>();

    public DbSet<IntelMentionEntity> IntelMentions => Set<IntelMentionEntity>();

    public DbSet<IntelIndicatorEntity> IntelIndicators => Set<IntelIndicatorEntity>();

    public DbSet<IntelLabelEntity> IntelLabels => Set<IntelLabelEntity>();

    private static void ConfigureIntel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IntelPostEntity>(e =>
        {
            e.ToTable("intel_posts");
            e.Property(x => x.PostId).HasMaxLength(200);
            e.HasIndex(x => x.PostId).IsUnique();
            e.Property(x => x.Cluster).HasMaxLength(32);
            e.Property(x => x.Ring).HasMaxLength(32);
            e.Property(x => x.Evidence).HasMaxLength(64);
            e.HasIndex(x => new { x.Flagged, x.Score });
            e.HasIndex(x => x.Ring);
            e.HasIndex(x => x.Cluster);
        });
        modelBuilder.Entity<IntelMentionEntity>(e =>
        {
            e.ToTable("intel_mentions");
            e.Property(x => x.Type).HasMaxLength(32);
            e.Property(x => x.Value).HasMaxLength(256);
            e.HasIndex(x => x.Value);
            e.HasOne(x => x.Post).WithMany(p => p.Mentions).HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IntelIndicatorEntity>(e =>
        {
            e.ToTable("intel_indicators");
            e.Property(x => x.Group).HasMaxLength(32);
            e.HasOne(x => x.Post).WithMany(p => p.Indicators).HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IntelLabelEntity>(e =>
        {
            e.ToTable("intel_labels");
            e.Property(x => x.Label).HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.HasOne(x => x.Post).WithMany(p => p.Labels).HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
