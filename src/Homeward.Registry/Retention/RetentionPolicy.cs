using System.Globalization;
using Homeward.Registry.Cases;

namespace Homeward.Registry.Retention;

/// <summary>
/// Which data must be deleted now, and why (PIPL: delete when the purpose is met or consent is
/// withdrawn). Pure: it decides; the Data layer's job deletes and writes each decision to the audit
/// log. Rules, first match wins: legal hold keeps everything; a case closed for the retention period
/// loses all its data; a withdrawn consent to identification deletes that relative's profile; after a
/// reunion and its grace period, relatives' profiles are deleted unless they consented to keep them,
/// and the reunited child's profile is deleted; otherwise the search continues.
/// </summary>
public sealed class RetentionPolicy
{
    private readonly RetentionSettings _settings;

    /// <summary>Creates the policy; the settings must be valid.</summary>
    public RetentionPolicy(RetentionSettings? settings = null) => _settings = (settings ?? RetentionSettings.Default).Validate().Value;

    /// <summary>Every decision for the cases on <paramref name="today"/> (keep decisions included, so each case is explained).</summary>
    public IReadOnlyList<RetentionDecision> Evaluate(IEnumerable<RetentionCase> cases, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var decisions = new List<RetentionDecision>();
        foreach (var c in cases)
        {
            decisions.AddRange(Evaluate(c, today));
        }

        return decisions;
    }

    /// <summary>The decisions for one case.</summary>
    public IEnumerable<RetentionDecision> Evaluate(RetentionCase c, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        var report = c.Report;
        foreach (var donor in c.Donors.Where(d => d.SampleCode is not null))
        {
            yield return Decide(c, today, RetentionSubject.RelativeProfile, donor.SampleCode!, donor);
        }

        if (c.ReunitedChild?.SampleCode is { } childCode)
        {
            yield return Decide(c, today, RetentionSubject.ChildProfile, childCode, null);
        }

        yield return Decide(c, today, RetentionSubject.CaseRecord, report.Id, null);
    }

    private RetentionDecision Decide(RetentionCase c, DateOnly today, RetentionSubject subject, string id, Donor? donor)
    {
        RetentionDecision D(bool delete, RetentionRule rule, string why) => new(subject, id, c.Report.Id, delete, rule, why);

        if (c.LegalHold)
        {
            return D(false, RetentionRule.LegalHold, "a legal hold is on the case: nothing is deleted while it lasts");
        }

        if (c.Report.ClosedAt is { } closedAt)
        {
            var closedOn = DateOnly.FromDateTime(closedAt.UtcDateTime);
            var expires = closedOn.AddYears(_settings.YearsAfterClosure);
            if (today >= expires)
            {
                return D(true, RetentionRule.ClosedCaseExpired, F($"case closed on {closedOn:yyyy-MM-dd}; {_settings.YearsAfterClosure} years passed on {expires:yyyy-MM-dd}"));
            }
        }

        if (donor is not null && !donor.Consent.Allows(ConsentScopes.DomesticIdentification))
        {
            return D(true, RetentionRule.ConsentWithdrawn, F($"no consent to identification (recorded {donor.Consent.RecordedAt:yyyy-MM-dd}): the profile may not be kept for searching"));
        }

        if (subject != RetentionSubject.CaseRecord && c.Reunion is { } reunion)
        {
            var due = reunion.ReunitedOn.AddDays(_settings.DaysAfterReunion);
            if (donor is not null && donor.Consent.Allows(ConsentScopes.KeepAfterReunion))
            {
                return D(false, RetentionRule.ConsentToKeep, F($"reunited on {reunion.ReunitedOn:yyyy-MM-dd}; the relative consented to keep the profile"));
            }

            return today >= due
                ? D(true, RetentionRule.PurposeMet, F($"reunited on {reunion.ReunitedOn:yyyy-MM-dd}: the purpose is met; {_settings.DaysAfterReunion}-day grace ended {due:yyyy-MM-dd}"))
                : D(false, RetentionRule.GracePeriod, F($"reunited on {reunion.ReunitedOn:yyyy-MM-dd}; deleted from {due:yyyy-MM-dd}"));
        }

        return D(false, RetentionRule.SearchContinues, c.Report.IsClosed ? "case closed; kept until the retention period ends" : "the case is open: the search continues");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
