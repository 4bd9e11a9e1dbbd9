using System.Diagnostics.CodeAnalysis;

namespace Homeward.Kinship;

/// <summary>
/// The outcome of an operation that can fail on bad input: either a value or at least one
/// <see cref="InputError"/>. Expected failures are results, not exceptions.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public readonly struct Result<T>
{
    private readonly T? _value;
    private readonly IReadOnlyList<InputError>? _errors;

    private Result(T? value, IReadOnlyList<InputError>? errors)
    {
        _value = value;
        _errors = errors;
    }

    /// <summary>Whether the operation produced a value.</summary>
    [MemberNotNullWhen(false, nameof(Errors))]
    public bool IsSuccess => _errors is null;

    /// <summary>The value; throws when the operation failed.</summary>
    public T Value => _errors is null
        ? _value!
        : throw new InvalidOperationException("The result is a failure: " + string.Join("; ", _errors));

    /// <summary>The errors of a failed operation, or null on success.</summary>
    public IReadOnlyList<InputError>? Errors => _errors;

    /// <summary>A successful result.</summary>
    public static Result<T> Success(T value) => new(value, null);

    /// <summary>A failure with one error.</summary>
    public static Result<T> Failure(string place, string message) => new(default, [new InputError(place, message)]);

    /// <summary>A failure with the given errors (at least one).</summary>
    public static Result<T> Failure(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new(default, errors);
    }

    /// <summary>Implicit success.</summary>
    public static implicit operator Result<T>(T value) => Success(value);
}
