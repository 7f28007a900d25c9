module.exports = {
  configs: {
    recommended: {
      rules: {
        'house-ids': 'error'
      }
    }
  }
};
