namespace Homeward.Web.BrowserTests.Infrastructure;

/// <summary>The browser test classes share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
