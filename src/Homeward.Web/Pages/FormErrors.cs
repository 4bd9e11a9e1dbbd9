using Homeward.Kinship;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Homeward.Web.Pages;

/// <summary>Puts the validation errors of Homeward.Data next to the form fields they name.</summary>
internal static class FormErrors
{
    public static void Add(ModelStateDictionary state, IEnumerable<InputError> errors)
    {
        foreach (var e in errors)
        {
            var key = PersonForm.Fields.Contains(e.Place) ? $"Form.Person.{e.Place}" : $"Form.{e.Place}";
            state.AddModelError(key, e.Message);
        }
    }

    /// <summary>Puts errors above the form, each as <c>place: message</c> (forms whose fields the places do not name).</summary>
    public static void AddToForm(ModelStateDictionary state, IEnumerable<InputError> errors)
    {
        foreach (var e in errors)
        {
            state.AddModelError(string.Empty, e.ToString());
        }
    }
}
