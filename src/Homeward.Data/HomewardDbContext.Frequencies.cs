using Homeward.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>The allele frequency tables administrators upload, and which one is in force (docs/web.md, "Frequency tables").</summary>
internal sealed partial class HomewardDbContext
{
    public DbSet<FrequencyTableEntity> FrequencyTables => Set<FrequencyTableEntity>();

    private static void ConfigureFrequencies(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<FrequencyTableEntity>(e =>
        {
            e.ToTable("frequency_tables");
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.Citation).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
        });
}
