/**
 * What Tadreeb's PDFs share (certificates, transcripts): the embedded Amiri font and text shaped and ordered for
 * Arabic by OpenPDF ({@link org.tadreeb.platform.pdf.ArabicPdf}).
 */
package org.tadreeb.platform.pdf;
