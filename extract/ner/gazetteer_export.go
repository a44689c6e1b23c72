package ner

import "strings"

// IsCountry reports whether word, one token, is a country's name or
// abbreviation in the model's gazetteer ("DRC", "UAE", "Kenya"), compared
// case-insensitively.
func (m *Model) IsCountry(word string) bool {
	if m.gaz == nil {
		return false
	}
	r := m.gaz.get(hashLower(word))
	return r >= 0 && r&(1<<gazCountry) != 0
}

// InGazetteer reports whether name, one or more words separated by
// spaces, is any place of the model's gazetteer (a country, city, region,
// demonym or area), compared case-insensitively.
func (m *Model) InGazetteer(name string) bool {
	return m.gaz != nil && m.gaz.get(seqHash(strings.Split(name, " "))) > 0
}

// IsDemonym reports whether word, one token, is a nationality or its
// adjective in the model's gazetteer ("Thai", "Saudi", "Iranian").
func (m *Model) IsDemonym(word string) bool {
	if m.gaz == nil {
		return false
	}
	r := m.gaz.get(hashLower(word))
	return r >= 0 && r&(1<<gazDemonym) != 0
}

// IsCity reports whether name, one or more words separated by spaces, is
// a city of the model's gazetteer (GeoNames cities of 15,000 people or
// more), compared case-insensitively.
func (m *Model) IsCity(name string) bool {
	if m.gaz == nil {
		return false
	}
	r := m.gaz.get(seqHash(strings.Split(name, " ")))
	return r >= 0 && r&(1<<gazCity|1<<gazBigCity) != 0
}

// IsPlace reports whether name, one or more words separated by spaces, is
// a country, region, area or city of the model's gazetteer, compared
// case-insensitively (not a nationality).
func (m *Model) IsPlace(name string) bool {
	if m.gaz == nil {
		return false
	}
	r := m.gaz.get(seqHash(strings.Split(name, " ")))
	return r >= 0 && r&(1<<gazCountry|1<<gazCity|1<<gazBigCity|1<<gazRegion|1<<gazArea) != 0
}
