namespace Homeward.Registry.Cases;

/// <summary>Whether a relative may consent on behalf of a child (their own minor child or the found child).</summary>
public enum GuardianStatus
{
    /// <summary>Not a legal guardian of any child of the case.</summary>
    NotGuardian = 0,

    /// <summary>A legal guardian who may give guardian consent.</summary>
    Guardian,

    /// <summary>A legal guardian suspected of selling or giving away the child: may not give guardian consent.</summary>
    SuspectedOfSelling,
}
