using Homeward.Data;
using Homeward.Data.Photos.Images;
using Homeward.Data.Registry;
using Microsoft.AspNetCore.Builder;

namespace Homeward.Web;

/// <summary>How to build the web application: its database, where it listens, and hooks for hosts and tests.</summary>
public sealed class HomewardWebOptions
{
    /// <summary>The default address of <c>homeward serve</c>.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The database (required).</summary>
    public required DatabaseSettings Database { get; init; }

    /// <summary>Where Kestrel listens (semicolon-separated URLs).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Sign-in attempts allowed per client address per minute before <c>429</c>.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10;

    /// <summary>The evidence store (<c>intel ingest --store</c>) whose captures go into case exports; none when null.</summary>
    public string? EvidenceStore { get; init; }

    /// <summary>The registry store's settings (matching, retention); its clock is <see cref="Time"/>.</summary>
    public RegistryStoreOptions Registry { get; init; } = new();

    /// <summary>The largest photo upload accepted, in bytes (5 MiB by default); Kestrel's 30 MB request limit bounds it.</summary>
    public long PhotoMaxBytes { get; init; } = ImageLimits.DefaultMaxBytes;

    /// <summary>The clock (tests may pass a fake one).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Environment name (<c>Production</c> unless told).</summary>
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>A last word on the builder before the app is built (tests swap the server here).</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}
