namespace CollectionSite.Domain;

/// <summary>A mapped domain value together with the exact JSON the API returned, kept for audit and re-mapping.</summary>
public sealed record Fetched<T>(T Value, string RawJson);
