namespace Homeward.Data.Photos;

/// <summary>A stored photo with its bytes.</summary>
/// <param name="Info">What is known of it.</param>
/// <param name="Bytes">The image as stored (cleaned on upload).</param>
public sealed record PhotoContent(PhotoInfo Info, byte[] Bytes);
