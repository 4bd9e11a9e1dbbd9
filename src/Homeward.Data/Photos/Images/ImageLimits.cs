namespace Homeward.Data.Photos.Images;

/// <summary>What an upload may be at most: bytes, pixels a side and pixels in all.</summary>
/// <param name="MaxBytes">The largest file accepted (5 MiB by default).</param>
/// <param name="MaxSide">The widest or tallest image accepted, in pixels.</param>
/// <param name="MaxPixels">The most pixels in all: a small file that claims a huge canvas is a decompression bomb.</param>
public sealed record ImageLimits(long MaxBytes = ImageLimits.DefaultMaxBytes, int MaxSide = 12_000, long MaxPixels = 50_000_000)
{
    /// <summary>5 MiB.</summary>
    public const long DefaultMaxBytes = 5L * 1024 * 1024;
}
