namespace Homeward.Registry.Matching;

/// <summary>The checks of best-interest verification before a reunion (Primero/CPIMS+ practice, DESIGN.md §6).</summary>
public enum VerificationCheck
{
    /// <summary>The adult wants to care for the child and can.</summary>
    CaregiverWillingAndAble = 1,

    /// <summary>The child's wishes were heard (as far as age allows) and support the reunion.</summary>
    ChildWishes,

    /// <summary>The family's and the child's accounts of the disappearance agree.</summary>
    StoriesAgree,

    /// <summary>The police found no sign that the family sold or gave away the child.</summary>
    FamilyNotSeller,
}
