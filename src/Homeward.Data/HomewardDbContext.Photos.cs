using Homeward.Data.Entities;
using Homeward.Data.Photos;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>Photos of reports' missing children and of found children (docs/web.md, "Photos").</summary>
internal sealed partial class HomewardDbContext
{
    public DbSet<PhotoEntity> Photos => Set<PhotoEntity>();

    private static void ConfigurePhotos(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PhotoEntity>(e =>
        {
            e.ToTable("photos", t => t.HasCheckConstraint(
                "ck_photos_one_owner",
                "(report_id IS NULL) <> (found_child_id IS NULL)"));
            e.Property(x => x.ContentType).HasMaxLength(32);
            e.Property(x => x.Caption).HasMaxLength(PhotoRules.MaxCaption);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.ReportId);
            e.HasIndex(x => x.FoundChildId);
            e.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.FoundChild).WithMany().HasForeignKey(x => x.FoundChildId).OnDelete(DeleteBehavior.Cascade);
        });
}
