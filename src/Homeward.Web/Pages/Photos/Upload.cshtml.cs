using Homeward.Data.Photos;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Photos;

/// <summary>
/// Adds a photo to a report or a found child (case writers). The upload is never trusted: the store
/// checks it by its bytes and strips location metadata; the browser's type and file name are ignored.
/// A refused upload answers 422 with the reason next to the field.
/// </summary>
public sealed class UploadModel(PhotoStore photos) : PageModel
{
    public PhotoOwner Owner { get; private set; }

    public string Code { get; private set; } = string.Empty;

    /// <summary>The largest file accepted, in whole MiB for the page.</summary>
    public long MaxMegabytes => Math.Max(1, photos.Limits.MaxBytes / (1024 * 1024));

    [BindProperty]
    public IFormFile? Photo { get; set; }

    [BindProperty]
    public string? Caption { get; set; }

    public IActionResult OnGet(string owner, string code) => Bind(owner, code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string owner, string code, CancellationToken cancellationToken)
    {
        if (!Bind(owner, code))
        {
            return NotFound();
        }

        if (Photo is null || Photo.Length == 0)
        {
            return Refused(nameof(Photo), "choose a photo to upload");
        }

        if (Photo.Length > photos.Limits.MaxBytes)
        {
            return Refused(nameof(Photo), $"the file is {Photo.Length} bytes; at most {photos.Limits.MaxBytes} are accepted");
        }

        var bytes = new byte[Photo.Length];
        await using (var stream = Photo.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var result = await photos.AddAsync(Owner, Code, bytes, Caption, Actor.Of(User), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect(PhotoRoutes.Case(Owner, Code));
        }

        if (result.Errors.Any(e => e.Place == "code"))
        {
            return NotFound();
        }

        foreach (var e in result.Errors)
        {
            ModelState.AddModelError(e.Place == "caption" ? nameof(Caption) : nameof(Photo), e.Message);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private bool Bind(string owner, string code)
    {
        if (PhotoRoutes.Owner(owner) is not { } parsed)
        {
            return false;
        }

        Owner = parsed;
        Code = code;
        return true;
    }

    private PageResult Refused(string field, string message)
    {
        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
