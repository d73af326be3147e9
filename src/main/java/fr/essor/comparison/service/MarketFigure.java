package fr.essor.comparison.service;

import java.math.BigDecimal;

/** One market figure from a published survey, with where it comes from. */
public record MarketFigure(String survey, int year, String population, String metric, BigDecimal valuePct, String source) {
}
