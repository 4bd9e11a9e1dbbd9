using Homeward.Kinship;

namespace Homeward.Registry;

/// <summary>Collects input errors of a factory and builds its result.</summary>
internal sealed class Validation(string place)
{
    private readonly List<InputError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public Validation Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            _errors.Add(new InputError($"{place}.{field}", message));
        }

        return this;
    }

    public Validation RequireText(string? value, string field) =>
        Require(!string.IsNullOrWhiteSpace(value), field, "is required");

    /// <summary>Pseudonymous ids: ASCII letters, digits, '-', '_' and '.', never a name.</summary>
    public Validation RequireId(string? value, string field) =>
        Require(PseudonymousId.IsValid(value), field, $"'{value}' is not a pseudonymous id (ASCII letters, digits, '-', '_', '.'; 1–64 characters)");

    public Validation Add<T>(Result<T> result)
    {
        if (!result.IsSuccess)
        {
            _errors.AddRange(result.Errors);
        }

        return this;
    }

    public Result<T> Build<T>(Func<T> create) =>
        _errors.Count > 0 ? Result<T>.Failure(_errors) : Result<T>.Success(create());
}
