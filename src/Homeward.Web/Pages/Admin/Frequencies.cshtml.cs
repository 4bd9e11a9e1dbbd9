using System.Text;
using Homeward.Data.Frequencies;
using Homeward.Kinship;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Admin;

/// <summary>
/// Allele frequency tables (administrators): the stored tables and the one in force, a table's markers
/// and a marker's alleles, the upload of a new table (CSV <c>marker,allele,frequency</c>, every bad line
/// reported with its line), and putting a table in force, which reopens the registry store with it and
/// re-scores the stored matches at once.
/// </summary>
public sealed class FrequenciesModel(FrequencyTableStore tables, MatchRegistry registry) : PageModel
{
    public IReadOnlyList<FrequencyTableInfo> Tables { get; private set; } = [];

    /// <summary>The table whose markers are shown, when one is chosen.</summary>
    public StoredFrequencyTable? Shown { get; private set; }

    /// <summary>The marker whose alleles are shown, when one is chosen.</summary>
    public MarkerFrequencies? Marker { get; private set; }

    public string? HostTable => registry.HostTable;

    [BindProperty(SupportsGet = true, Name = "table")]
    public string? TableName { get; set; }

    [BindProperty(SupportsGet = true, Name = "marker")]
    public string? MarkerName { get; set; }

    /// <summary>After putting a table in force: its name and what re-scoring did.</summary>
    [BindProperty(SupportsGet = true, Name = "inForce")]
    public string? PutInForce { get; set; }

    [BindProperty(SupportsGet = true, Name = "rescored")]
    public int? Rescored { get; set; }

    [BindProperty(SupportsGet = true, Name = "changed")]
    public int? Changed { get; set; }

    [BindProperty(SupportsGet = true, Name = "flagged")]
    public int? Flagged { get; set; }

    [BindProperty(SupportsGet = true, Name = "added")]
    public string? Added { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return TableName is not null && Shown is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(string? name, string? citation, int? sampleSize, IFormFile? file, CancellationToken cancellationToken)
    {
        string csv;
        if (file is null || file.Length == 0)
        {
            return await UnprocessableAsync([new InputError("file", "choose a CSV file (marker,allele,frequency)")], cancellationToken);
        }

        if (file.Length > FrequencyTableStore.MaxCsvLength)
        {
            return await UnprocessableAsync([new InputError(file.FileName, $"the file is larger than {FrequencyTableStore.MaxCsvLength} bytes")], cancellationToken);
        }

        using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8))
        {
            csv = await reader.ReadToEndAsync(cancellationToken);
        }

        var added = await tables.AddAsync(new FrequencyTableUpload(name, citation, sampleSize, Path.GetFileName(file.FileName), csv), Actor.Of(User), cancellationToken);
        return added.IsSuccess
            ? Redirect($"/Admin/Frequencies?added={Uri.EscapeDataString(added.Value.Name)}")
            : await UnprocessableAsync(added.Errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostInForceAsync(string? name, CancellationToken cancellationToken)
    {
        var put = await tables.PutInForceAsync(name ?? string.Empty, Actor.Of(User), cancellationToken);
        if (!put.IsSuccess)
        {
            return await UnprocessableAsync(put.Errors, cancellationToken);
        }

        var store = await registry.ReloadAsync(cancellationToken);
        var outcome = await store.RescoreAsync(Actor.Of(User), null, cancellationToken);
        return Redirect($"/Admin/Frequencies?inForce={Uri.EscapeDataString(put.Value.Name)}&rescored={outcome.Rescored}&changed={outcome.Changed}&flagged={outcome.Flagged.Count}");
    }

    private async Task<PageResult> UnprocessableAsync(IEnumerable<InputError> errors, CancellationToken cancellationToken)
    {
        FormErrors.AddToForm(ModelState, errors);

        TableName = null;
        PutInForce = null;
        Added = null;
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tables = await tables.ListAsync(cancellationToken);
        if (TableName is not null)
        {
            Shown = await tables.ReadAsync(TableName, cancellationToken);
            Marker = MarkerName is null ? null : Shown?.Table.Find(MarkerName)?.Marker;
        }
    }
}
