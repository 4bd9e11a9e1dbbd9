namespace Homeward.Intel.Places;

/// <summary>A gazetteer entry.</summary>
/// <param name="Kind">province, city, border-town or country.</param>
/// <param name="Name">The canonical name (广西, 南宁, 芒街).</param>
/// <param name="Province">The province (越南 for places in Vietnam).</param>
/// <param name="Country">CN or VN.</param>
/// <param name="CrossBorder">Whether it is a border town or in Vietnam.</param>
internal sealed record Place(string Kind, string Name, string Province, string Country, bool CrossBorder);
