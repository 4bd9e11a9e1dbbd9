// The marker type of the shared strings: Resources/SharedResource.zh-CN.resx (English is the key itself).
#pragma warning disable IDE0130 // in the root namespace so that the resource name is Homeward.Web.Resources.SharedResource
namespace Homeward.Web;
#pragma warning restore IDE0130

/// <summary>The shared UI strings (keys are the English text).</summary>
public sealed class SharedResource;
