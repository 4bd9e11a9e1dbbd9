namespace Homeward.Web.Tests.Infrastructure;

/// <summary>The test classes that share one application (its sign-in rate limit is high).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebApp>
{
    public const string Name = "web";
}
