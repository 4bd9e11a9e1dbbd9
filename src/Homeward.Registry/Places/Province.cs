namespace Homeward.Registry.Places;

/// <summary>A provincial-level unit of China with the location used for distances.</summary>
/// <param name="Name">The short Chinese name (云南), the registry's key.</param>
/// <param name="Pinyin">The pinyin name (yunnan; Shaanxi is <c>shaanxi</c>).</param>
/// <param name="Latitude">Latitude of the provincial capital, degrees north.</param>
/// <param name="Longitude">Longitude of the provincial capital, degrees east.</param>
public sealed record Province(string Name, string Pinyin, double Latitude, double Longitude);
